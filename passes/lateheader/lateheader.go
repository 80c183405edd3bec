package lateheader

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/analysisutil"
	"github.com/statuslint/statuslint/passes/internal/checkutil"
	"github.com/statuslint/statuslint/passes/internal/directives"
	"github.com/statuslint/statuslint/passes/internal/funnel"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "lateheader",
	Doc:      analysisutil.MustExtractDoc(doc, "lateheader"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/lateheader",
	Requires: []*analysis.Analyzer{response.Analyzer, directives.Analyzer},
	Run:      funnel.Run(run),
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[response.Analyzer].(*response.Result)
	for f := range res.Funcs() {
		// Headers set after the status that the handler declared in a
		// Trailer header are sent as trailers. The model does not record
		// header values, so a function that declares any trailer is left
		// alone.
		if declaresTrailer(f) {
			continue
		}
		// Behind http.TimeoutHandler nothing is sent before the handler
		// returns: every header set counts. A test double's late header
		// is usually the point of the test.
		if f.Buffered() || checkutil.InTestFile(pass, f) {
			continue
		}
		// A call that writes as well as sets headers (http.Error after a
		// body, a helper that writes a whole response) is a second
		// response: superfluouswrite's finding, not a late header.
		writes := map[ast.Node]bool{}
		for _, ev := range f.Events {
			if ev.Kind == response.WriteStatus || ev.Kind == response.WriteBody || ev.Kind == response.Opaque {
				writes[ev.Call] = true
			}
		}
		seen := map[ast.Node]bool{}
		for _, h := range f.Events {
			if h.Kind != response.SetHeader && h.Kind != response.DelHeader || writes[h.Call] || seen[h.Call] {
				continue
			}
			// A name that is not a constant may be a trailer
			// (http.TrailerPrefix+k, as proxies copy them): unknown.
			if h.Header == "" || strings.HasPrefix(h.Header, trailerPrefix) {
				continue
			}
			// A header the model is unsure is set (in a loop, by a helper on
			// some paths) is reported only after a certain write: a header
			// set on a loop's first iteration (if !wroteHeader { ... }) is
			// not late, though a later iteration's write reaches it.
			if some, every := h.WrittenBefore(); !every && (!some || h.Maybe) {
				continue
			}
			// On the failure path of the write that would have sent the
			// status (if _, err := io.Copy(w, src); err != nil), it may
			// have failed before sending a byte: the header may still go.
			if failedWrite(pass, f, h) {
				continue
			}
			// (An informational 1xx such as 103 Early Hints is not a write:
			// the model leaves the state as it was.)
			written, _, _ := h.StatusBefore()
			seen[h.Call] = true
			report(pass, f, h, written)
		}
	}
	return nil, nil
}

func declaresTrailer(f *response.Func) bool {
	for _, ev := range f.Events {
		if ev.Kind == response.SetHeader && ev.Header == "Trailer" {
			return true
		}
	}
	return false
}

func report(pass *analysis.Pass, f *response.Func, h *response.Event, written []*response.Event) {
	d := analysis.Diagnostic{
		Pos: h.Call.Pos(),
		End: h.Call.End(),
		Message: fmt.Sprintf("%s after the status was written is ignored; set headers before %s.WriteHeader or the first write",
			describe(h.Call), h.Writer.Name()),
	}
	var first *response.Event
	for _, ev := range written {
		if first == nil || ev.Call.Pos() < first.Call.Pos() {
			first = ev
		}
	}
	fix, w := moveFix(pass, f, h)
	if first == nil {
		first = w // a body written first: it sent the status, 200
	}
	if first != nil {
		d.Related = []analysis.RelatedInformation{{Pos: first.Call.Pos(), End: first.Call.End(), Message: "status written here"}}
	}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	pass.Report(d)
}

// describe names the header call as written, with its arguments elided:
// w.Header().Set("Location", ...), h.Del("ETag"), w.Header()["Vary"] = ...
func describe(n ast.Node) string {
	switch n := n.(type) {
	case *ast.CallExpr:
		var args []string
		for i, a := range n.Args {
			s := types.ExprString(a)
			if i > 0 || len(s) > 30 {
				args = append(args, "...")
				break
			}
			args = append(args, s)
		}
		return types.ExprString(n.Fun) + "(" + strings.Join(args, ", ") + ")"
	case *ast.AssignStmt:
		if len(n.Lhs) == 1 {
			return types.ExprString(n.Lhs[0]) + " = ..."
		}
	}
	return "a header set"
}

// moveFix moves the header statement before the first write, when both are
// expression statements of one statement list, nothing was written before
// that write on any path, nothing between them changes control flow or a
// variable the header statement reads, and both sit on lines of their own.
// It also returns the first write it found.
func moveFix(pass *analysis.Pass, f *response.Func, h *response.Event) (*analysis.SuggestedFix, *response.Event) {
	if h.Maybe {
		return nil, nil // in a loop, or a helper's maybe: the order is not obvious
	}
	// Set earlier as well: moving the late value in would override the one
	// the client gets today, and which was meant is not obvious.
	if h.HasHeader(h.Header) != response.HeaderUnset {
		return nil, nil
	}
	file := analysisutil.File(pass, h.Call.Pos())
	if file == nil {
		return nil, nil
	}
	list, hi := stmtList(file, h.Call)
	if list == nil {
		return nil, nil
	}
	var w *response.Event
	wi := -1
	for _, ev := range f.Events {
		if ev.Writer != h.Writer || ev.Kind != response.WriteStatus && ev.Kind != response.WriteBody || ev.Maybe {
			continue
		}
		if i := indexOf(list[:hi], ev.Call); i >= 0 && (wi < 0 || i < wi) {
			w, wi = ev, i
		}
	}
	if w == nil {
		return nil, nil
	}
	// The write must be the first on every path to it: then the header
	// set just before it is in time everywhere.
	if written, _, unknown := w.StatusBefore(); len(written) > 0 || unknown || w.BodyBefore() {
		return nil, w
	}
	for _, s := range list[wi+1 : hi] {
		switch s.(type) {
		case *ast.ExprStmt, *ast.AssignStmt, *ast.DeclStmt, *ast.IncDecStmt, *ast.EmptyStmt:
		default:
			return nil, w // control flow: the header would now be set on other paths
		}
	}
	if touches(pass, list[wi:hi], reads(pass, list[hi], h.Writer)) {
		return nil, w
	}
	hStart, hEnd, ok := ownLines(pass, list[hi])
	if !ok {
		return nil, w
	}
	wStart, _, ok := ownLines(pass, list[wi])
	if !ok {
		return nil, w
	}
	tf := pass.Fset.File(h.Call.Pos())
	content, err := pass.ReadFile(tf.Name())
	if err != nil {
		return nil, w
	}
	hIndent := analysisutil.Indent(pass, list[hi].Pos())
	text := string(content[tf.Offset(hStart)+len(hIndent) : tf.Offset(hEnd)])
	return &analysis.SuggestedFix{
		Message: "Move header before the first write",
		TextEdits: []analysis.TextEdit{
			{Pos: wStart, End: wStart, NewText: []byte(analysisutil.Indent(pass, list[wi].Pos()) + text)},
			{Pos: hStart, End: hEnd},
		},
	}, w
}

// stmtList returns the statement list holding the expression statement of
// call, and its index there.
func stmtList(file *ast.File, call ast.Node) ([]ast.Stmt, int) {
	path, _ := astutil.PathEnclosingInterval(file, call.Pos(), call.End())
	for i, n := range path {
		es, ok := n.(*ast.ExprStmt)
		if !ok {
			continue
		}
		if es.X != call || i+1 >= len(path) {
			return nil, -1
		}
		var list []ast.Stmt
		switch p := path[i+1].(type) {
		case *ast.BlockStmt:
			list = p.List
		case *ast.CaseClause:
			list = p.Body
		case *ast.CommClause:
			list = p.Body
		}
		return list, indexOf(list, call)
	}
	return nil, -1
}

// indexOf returns the index of the expression statement of call in list.
func indexOf(list []ast.Stmt, call ast.Node) int {
	for i, s := range list {
		if es, ok := s.(*ast.ExprStmt); ok && es.X == call {
			return i
		}
	}
	return -1
}

// reads returns the variables stmt reads, but the response writer.
func reads(pass *analysis.Pass, stmt ast.Stmt, writer *types.Var) map[*types.Var]bool {
	vars := map[*types.Var]bool{}
	ast.Inspect(stmt, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := pass.TypesInfo.Uses[id].(*types.Var); ok && v != writer {
				vars[v] = true
			}
		}
		return true
	})
	return vars
}

// touches reports whether stmts may change one of vars: declare it, assign
// to it or through it, take its address, or hand it (when it is not a plain
// value) to a call; any call at all when one is a package-level variable.
func touches(pass *analysis.Pass, stmts []ast.Stmt, vars map[*types.Var]bool) bool {
	if len(vars) == 0 {
		return false
	}
	global := false
	for v := range vars {
		if v.Parent() != nil && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			global = true
		}
	}
	in := func(e ast.Expr) bool {
		id := root(e)
		if id == nil {
			return false
		}
		v, _ := pass.TypesInfo.ObjectOf(id).(*types.Var)
		return v != nil && vars[v]
	}
	found := false
	for i, s := range stmts {
		ast.Inspect(s, func(n ast.Node) bool {
			if found {
				return false
			}
			switch n := n.(type) {
			case *ast.Ident:
				if v, ok := pass.TypesInfo.Defs[n].(*types.Var); ok && vars[v] {
					found = true
				}
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					found = found || in(l)
				}
			case *ast.IncDecStmt:
				found = found || in(n.X)
			case *ast.UnaryExpr:
				found = found || n.Op == token.AND && in(n.X)
			case *ast.CallExpr:
				if global && i > 0 {
					found = true
				}
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && !plain(pass, sel.X) {
					found = found || in(sel.X)
				}
				for _, a := range n.Args {
					found = found || !plain(pass, a) && in(a)
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// plain reports whether e is a value a callee cannot change: a basic type.
func plain(pass *analysis.Pass, e ast.Expr) bool {
	t := pass.TypesInfo.TypeOf(e)
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Basic)
	return ok
}

// root returns the variable at the root of x, x.f, x[i], *x, (x).
func root(e ast.Expr) *ast.Ident {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// ownLines returns the span of whole lines stmt occupies, newline included,
// when nothing but blanks precedes it on its first line and nothing but
// blanks or a line comment follows it on its last.
func ownLines(pass *analysis.Pass, stmt ast.Stmt) (start, end token.Pos, ok bool) {
	tf := pass.Fset.File(stmt.Pos())
	if tf == nil {
		return 0, 0, false
	}
	content, err := pass.ReadFile(tf.Name())
	if err != nil {
		return 0, 0, false
	}
	lineStart := tf.Offset(tf.LineStart(tf.Line(stmt.Pos())))
	if strings.TrimSpace(string(content[lineStart:tf.Offset(stmt.Pos())])) != "" {
		return 0, 0, false
	}
	off := tf.Offset(stmt.End())
	eol := off
	for eol < len(content) && content[eol] != '\n' {
		eol++
	}
	if rest := strings.TrimSpace(string(content[off:eol])); rest != "" && !strings.HasPrefix(rest, "//") {
		return 0, 0, false
	}
	if eol < len(content) {
		eol++
	}
	return tf.Pos(lineStart), tf.Pos(eol), true
}

// failedWrite reports whether h is on the path where the only write before
// it failed: its guard tests the error that write returned.
func failedWrite(pass *analysis.Pass, f *response.Func, h *response.Event) bool {
	if h.Guard == nil {
		return false
	}
	errVar := checkutil.NilTested(pass, h.Guard.Cond)
	if errVar == nil {
		return false
	}
	for _, b := range f.Events {
		if b.Writer != h.Writer || b.Kind != response.WriteBody || b.Call.End() > h.Call.Pos() {
			continue
		}
		call, ok := b.Call.(*ast.CallExpr)
		if !ok || !checkutil.Assigns(pass, call, errVar) {
			continue
		}
		written, _, unknown := b.StatusBefore()
		if some, every := b.WrittenBefore(); !some && !every && !b.BodyBefore() && !unknown && len(written) == 0 {
			return true
		}
	}
	return false
}

// trailerPrefix is net/http's TrailerPrefix: a header set under it after
// the body is a trailer. (Importing net/http for it linked the network
// stack and cgo into the vet tool, which go vet starts once per package.)
const trailerPrefix = "Trailer:"
