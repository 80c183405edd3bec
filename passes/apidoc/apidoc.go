package apidoc

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/analysisutil"
	"github.com/statuslint/statuslint/passes/internal/directives"
	"github.com/statuslint/statuslint/passes/internal/funnel"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "apidoc",
	Doc:      analysisutil.MustExtractDoc(doc, "apidoc"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/apidoc",
	Requires: []*analysis.Analyzer{response.Analyzer, directives.Analyzer},
	Run:      funnel.Run(run),
}

// unsent: also report documented statuses no path sends.
var unsent bool

func init() {
	Analyzer.Flags.BoolVar(&unsent, "unsent", false, "also report documented statuses no path of the handler sends (middleware and the framework send some)")
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[response.Analyzer].(*response.Result)
	// A package without a function that touches a response has no
	// handler to compare its comments with.
	empty := true
	for range res.Funcs() {
		empty = false
		break
	}
	if empty {
		return nil, nil
	}
	checkOperations(pass, res)
	// Every annotation block first: whether the package documents an
	// error response anywhere.
	type block struct {
		name     string
		handlers []*response.Func
		a        *annotation
	}
	var blocks []block
	for _, file := range pass.Files {
		docs := map[*ast.CommentGroup]bool{}
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Doc == nil || fd.Body == nil {
				continue
			}
			docs[fd.Doc] = true
			for _, a := range parse(fd.Doc) {
				blocks = append(blocks, block{fd.Name.Name, handlersOf(res, fd, a), a})
			}
		}
		// go-swagger's swagger:route may stand on its own (above a type,
		// in a doc.go): the route registered for its method and path is
		// the one it documents.
		for _, g := range file.Comments {
			if docs[g] || !strings.Contains(g.Text(), "swagger:") {
				continue
			}
			for _, a := range parse(g) {
				if a.style == "swag" {
					continue // swag reads only function comments
				}
				if name, f := routed(res, a); f != nil {
					blocks = append(blocks, block{name, []*response.Func{f}, a})
				}
			}
		}
	}
	// A package none of whose blocks declares an error response documents
	// its successes only: the error statuses its handlers send are one
	// finding for the package, not one per handler and status.
	var quiet *undocumented
	if !slices.ContainsFunc(blocks, func(b block) bool { return b.a.declaresErrors() }) {
		quiet = &undocumented{pkg: pass.Pkg.Name(), first: map[int]response.Send{}}
	}
	for _, b := range blocks {
		check(pass, res, b.name, b.handlers, b.a, quiet)
	}
	if quiet != nil {
		quiet.report(pass)
	}
	return nil, nil
}

// undocumented gathers the error statuses a package's handlers send when
// no annotation in it declares an error response.
type undocumented struct {
	pkg      string
	first    map[int]response.Send // where each code is first sent
	codes    []int
	handlers int         // how many handlers send one
	block    *annotation // the annotations of the first
}

func (u *undocumented) add(s *sent, a *annotation, newHandler bool) {
	if u.block == nil {
		u.block = a
	}
	if newHandler {
		u.handlers++
	}
	if _, ok := u.first[s.code]; !ok {
		u.first[s.code] = s.first
		u.codes = append(u.codes, s.code)
	}
}

func (u *undocumented) report(pass *analysis.Pass) {
	if len(u.codes) == 0 {
		return
	}
	slices.Sort(u.codes)
	who := "a handler"
	if u.handlers > 1 {
		who = fmt.Sprintf("%d handlers", u.handlers)
	}
	fix := "document them with @Failure lines"
	if u.block.style != "swag" {
		fix = "document them in the responses of its annotations"
	}
	d := analysis.Diagnostic{Pos: u.block.pos, End: u.block.pos, Category: "noerrors",
		Message: fmt.Sprintf("no annotation in package %s declares an error response, but %s send %s; %s",
			u.pkg, who, joinList(u.codes), fix)}
	if u.handlers == 1 {
		d.Message = strings.Replace(d.Message, " send ", " sends ", 1)
	}
	for _, c := range u.codes {
		p := u.first[c].Pos
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: p, End: p, Message: fmt.Sprintf("%d sent here", c)})
	}
	pass.Report(d)
}

// routed returns the handler of the one route of this package registered
// for a's method and path, and how to name it.
func routed(res *response.Result, a *annotation) (string, *response.Func) {
	var found *response.Route
	for _, rt := range res.Routes() {
		if rt.Method != a.method || rt.Node == nil || rt.Path == "" {
			continue
		}
		p, q := template(rt.Path), template(a.path)
		if p != q && !(rt.Relative && strings.HasSuffix(q, p) && strings.Trim(p, "/{}p") != "") {
			continue
		}
		if found != nil && found.Node != rt.Node {
			return "", nil // several: the model cannot tell which
		}
		found = rt
	}
	if found == nil {
		return "", nil
	}
	name := "the handler of " + a.method + " " + a.path
	if found.Func != nil {
		name = found.Func.Name()
	}
	return name, res.FuncOf(found.Node)
}

// template writes a path pattern with every parameter as {p}: gin's :id
// and *path, chi's {id:[0-9]+}, ServeMux's {path...}, OpenAPI's {id}.
func template(path string) string {
	segs := strings.Split(strings.TrimSuffix(path, "/"), "/")
	for i, s := range segs {
		if strings.HasPrefix(s, ":") || strings.HasPrefix(s, "*") || strings.HasPrefix(s, "{") && strings.HasSuffix(s, "}") {
			segs[i] = "{p}"
		}
	}
	return strings.Join(segs, "/")
}

// handlersOf returns the handlers a documented declaration stands for:
// itself, the endpoints of the routes it registers (photoprism's
// func GetPhoto(router *gin.RouterGroup) { router.GET(...) }), or the
// handler it returns (func NewCreateUser(...) http.HandlerFunc).
func handlersOf(res *response.Result, fd *ast.FuncDecl, a *annotation) []*response.Func {
	if f := res.FuncOf(fd); f != nil {
		return []*response.Func{f}
	}
	var out []*response.Func
	for _, rt := range res.Routes() {
		if rt.Call.Pos() < fd.Body.Pos() || rt.Call.End() > fd.Body.End() || rt.Node == nil {
			continue
		}
		if a.method != "" && a.method != "*" && rt.Method != "" && rt.Method != a.method {
			continue
		}
		if f := res.FuncOf(rt.Node); f != nil && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	if len(out) > 0 {
		return out
	}
	if f := res.ReturnedHandler(fd); f != nil {
		return []*response.Func{f}
	}
	return nil
}

// check compares what the handlers of the function name send with the
// annotation a.
func check(pass *analysis.Pass, res *response.Result, name string, handlers []*response.Func, a *annotation, quiet *undocumented) {
	if len(handlers) == 0 {
		return
	}
	var sends []*sent
	byCode := map[int]*sent{}
	allKnown := true
	for _, f := range handlers {
		for _, s := range res.Sends(f) {
			if s.Event != nil && s.Event.Callee != nil && s.Event.Maybe {
				// A helper that writes a status on some paths only may
				// write others the model lost: what it sends counts, but
				// what it does not is not known.
				allKnown = false
			}
			switch {
			case s.Code == 0 || s.Opaque || s.Choice:
				// The model cannot tell, or a mapper's case the handler
				// may never reach: nothing to attribute.
				allKnown = false
				continue
			case s.Returned && s.Code == 500 && s.Event != nil && isErrorValue(s.Event.Call):
				// return err: the error handler's default for an error
				// of no status (fiber.ErrNotFound has one), which an
				// app's own handler may change.
				allKnown = false
				continue
			}
			if x := byCode[s.Code]; x != nil {
				x.more = append(x.more, s.Pos)
				continue
			}
			x := &sent{code: s.Code, first: s}
			byCode[s.Code] = x
			sends = append(sends, x)
		}
	}
	if a.none {
		// @Router with no response lines: one finding for the block.
		if len(sends) == 0 {
			return
		}
		var codes []int
		for _, s := range sends {
			codes = append(codes, s.code)
		}
		slices.Sort(codes)
		d := analysis.Diagnostic{Pos: a.pos, End: a.pos, Category: "noresponses",
			Message: fmt.Sprintf("%s documents no responses, but sends %s; %s", name, joinList(codes), noneFix(a))}
		for _, s := range sends {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: s.first.Pos, End: s.first.Pos, Message: fmt.Sprintf("%d sent here", s.code)})
		}
		pass.Report(d)
		return
	}
	block := analysis.RelatedInformation{Pos: a.pos, End: a.end, Message: "the " + a.style + " annotations of " + name}
	documented := a.successes()
	counted := false
	for _, s := range sends {
		if a.declares(s.code) {
			continue
		}
		if quiet != nil && s.code >= 400 {
			quiet.add(s, a, !counted)
			counted = true
			continue
		}
		d := analysis.Diagnostic{Pos: s.first.Pos, End: s.first.Pos, Related: []analysis.RelatedInformation{block}}
		if s.code >= 200 && s.code <= 299 && len(documented) > 0 && !anySent(documented, byCode) {
			slices.Sort(documented)
			d.Category = "success"
			d.Message = fmt.Sprintf("%s sends %d where its annotations document %s as the success status; %s",
				name, s.code, joinCodes(documented), successFix(a, s.code, documented[0]))
		} else {
			d.Category = "undeclared"
			d.Message = fmt.Sprintf("%s sends %d, which its annotations do not declare; %s", name, s.code, declareFix(a, s.code))
		}
		for _, p := range s.more {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: p, End: p, Message: fmt.Sprintf("%d also sent here", s.code)})
		}
		pass.Report(d)
	}
	if !unsent || !allKnown {
		return
	}
	var codes []int
	for c := range a.codes {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, c := range codes {
		if byCode[c] != nil {
			continue
		}
		if c >= 200 && c <= 299 && len(sends) > 0 && anySuccessSent(byCode) {
			// 200 documented, 204 sent: reported above, at the write.
			continue
		}
		pass.Report(analysis.Diagnostic{
			Pos: a.codes[c], End: a.codes[c], Category: "unsent",
			Message: fmt.Sprintf("%s documents %d, but no path of it sends %d; remove it from the annotations, or send it where it applies", name, c, c),
		})
	}
}

// isErrorValue reports whether a returned error is a plain value (return
// err), whose status is whatever the error handler makes of it.
func isErrorValue(n ast.Node) bool {
	switch n.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		return true
	}
	return false
}

// sent is one status the handlers send: where first, and where again.
type sent struct {
	code  int
	first response.Send
	more  []token.Pos
}

func anySent(codes []int, byCode map[int]*sent) bool {
	for _, c := range codes {
		if byCode[c] != nil {
			return true
		}
	}
	return false
}

func anySuccessSent(byCode map[int]*sent) bool {
	for c := range byCode {
		if c >= 200 && c <= 299 {
			return true
		}
	}
	return false
}

func joinCodes(codes []int) string {
	var s []string
	for _, c := range codes {
		s = append(s, fmt.Sprint(c))
	}
	return strings.Join(s, " and ")
}

func joinList(codes []int) string {
	var s []string
	for _, c := range codes {
		s = append(s, fmt.Sprint(c))
	}
	return strings.Join(s, ", ")
}

func noneFix(a *annotation) string {
	if a.style == "swag" {
		return "document them with @Success and @Failure lines"
	}
	return "document them in its responses"
}

// declareFix says how to declare code in the annotation's own syntax.
func declareFix(a *annotation, code int) string {
	switch a.style {
	case "swag":
		kw := "@Failure"
		if code < 400 {
			kw = "@Success"
		}
		return fmt.Sprintf("add %s %d to them, or send a status they declare", kw, code)
	case "swagger:operation":
		return fmt.Sprintf("add a '%d' response to its swagger:operation responses, or send a status they declare", code)
	}
	return fmt.Sprintf("add %d to the Responses of its swagger:route, or send a status they declare", code)
}

// successFix says how to document the success status sent instead.
func successFix(a *annotation, code, documented int) string {
	switch a.style {
	case "swag":
		return fmt.Sprintf("document @Success %d, or send %d", code, documented)
	case "swagger:operation":
		return fmt.Sprintf("document a '%d' response instead, or send %d", code, documented)
	}
	return fmt.Sprintf("document %d in the Responses of its swagger:route, or send %d", code, documented)
}

// checkOperations compares the errors a handler returns with those its
// registrations' operations declare (huma's Operation.Errors): one
// finding per handler and status, at the first return of it, with the
// operations that omit it as related places.
func checkOperations(pass *analysis.Pass, res *response.Result) {
	byNode := map[ast.Node][]*response.Route{}
	var nodes []ast.Node
	for _, rt := range res.Routes() {
		if rt.Node == nil || rt.Declared == nil {
			continue // a handler of another package, or nothing declared
		}
		if byNode[rt.Node] == nil {
			nodes = append(nodes, rt.Node)
		}
		byNode[rt.Node] = append(byNode[rt.Node], rt)
	}
	for _, n := range nodes {
		f := res.FuncOf(n)
		if f == nil {
			continue
		}
		routes := byNode[n]
		name := "the handler of " + routes[0].Method + " " + routes[0].Path
		if routes[0].Func != nil {
			name = routes[0].Func.Name()
		}
		reported := map[int]bool{}
		for _, s := range res.Sends(f) {
			if s.Code < 400 || s.Opaque || s.Choice || reported[s.Code] || s.Event == nil || s.Event.Result() == nil || !s.Event.Result().Error {
				continue // only a returned error's status is declared in Errors
			}
			var omit []*response.Route
			for _, rt := range routes {
				if !slices.Contains(rt.Declared, s.Code) {
					omit = append(omit, rt)
				}
			}
			if len(omit) == 0 {
				continue
			}
			reported[s.Code] = true
			d := analysis.Diagnostic{Pos: s.Pos, End: s.Pos, Category: "errors",
				Message: fmt.Sprintf("%s returns a %d error, which its operation's Errors do not declare; add %d to Errors, or return a status they declare", name, s.Code, s.Code)}
			for _, rt := range omit {
				d.Related = append(d.Related, analysis.RelatedInformation{Pos: rt.Operation.Pos(), End: rt.Operation.End(), Message: "the operation of " + rt.Method + " " + rt.Path})
			}
			pass.Report(d)
		}
	}
}
