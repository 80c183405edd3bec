package main

// The route and status inventory: statuslint -routes prints every route
// the packages register and the statuses its handler can send, from the
// response model's results; -openapi compares it with a spec (openapi.go).

import (
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// inventory is the -format=json document of -routes.
type inventory struct {
	Routes []*invRoute `json:"routes"`
}

type invRoute struct {
	Method   string       `json:"method"` // "*": every method; "?": one the model cannot name
	Path     string       `json:"path"`   // "?" when not a constant
	Handler  string       `json:"handler"`
	File     string       `json:"file"`
	Line     int          `json:"line"`
	Statuses []*invStatus `json:"statuses"`

	// Relative: the path is under a router the handler's package was
	// given, with a prefix that package does not show.
	Relative bool           `json:"relative,omitempty"`
	reg      token.Position // the registration
	pos      token.Position // the handler
}

type invStatus struct {
	Code   int    `json:"code"` // 0: unknown
	File   string `json:"file"`
	Line   int    `json:"line"`
	Kind   string `json:"kind"`             // success, error, unknown
	Origin string `json:"origin,omitempty"` // for errors: client input, conflict, not found, auth, server
	// Note says how the status is sent when that matters to a reader:
	// "implicit" (a body written first), "error handler" (a returned
	// error), "one of a mapper's cases" (the handler may never send it),
	// "opaque" (the response reaches code the model cannot see).
	Note string         `json:"note,omitempty"`
	pos  token.Position // absolute
}

// analyzeInventory loads the packages and runs the response model alone.
func analyzeInventory(patterns []string, tags string) (*checker.Graph, error) {
	pkgs, err := load(patterns, false, tags)
	if err != nil {
		return nil, err
	}
	return checker.Analyze([]*analysis.Analyzer{response.Analyzer}, pkgs, nil)
}

// buildInventory collects the routes of the root packages and joins each
// to its handler's model, in whichever package declares it.
func buildInventory(graph *checker.Graph, dir string) (*inventory, []error) {
	type pkgResult struct {
		pkg *packages.Package
		res *response.Result
	}
	var roots []pkgResult
	byPkg := map[*types.Package]pkgResult{}
	var errs []error
	var mounts []*response.Mount
	var registrars []*response.Registrar
	for act := range graph.All() {
		if act.Analyzer != response.Analyzer {
			continue
		}
		if act.Err != nil {
			if act.IsRoot {
				errs = append(errs, fmt.Errorf("%s: %v", act.Package.PkgPath, act.Err))
			}
			continue
		}
		res, _ := act.Result.(*response.Result)
		if res == nil {
			continue
		}
		pr := pkgResult{act.Package, res}
		byPkg[act.Package.Types] = pr
		mounts = append(mounts, res.Mounts()...)
		registrars = append(registrars, res.Registrars()...)
		if act.IsRoot {
			roots = append(roots, pr)
		}
	}
	inv := &inventory{Routes: []*invRoute{}}
	for _, pr := range roots {
		fset := pr.pkg.Fset
		names := newEnclosing(pr.pkg)
		for _, rt := range pr.res.Routes() {
			places := routePlaces(rt, mounts, registrars)
			if len(places) == 0 {
				continue
			}
			r := &invRoute{reg: fset.Position(rt.Call.Pos())}
			var f *response.Func
			fres := pr.res
			switch {
			case rt.Node != nil:
				f = pr.res.FuncOf(rt.Node)
				r.pos = fset.Position(rt.Node.Pos())
				r.Handler = handlerName(pr.pkg.Name, names, rt.Node, rt.Func)
			case rt.Func != nil:
				if hp, ok := byPkg[rt.Func.Pkg()]; ok {
					f, fres = hp.res.FuncFor(rt.Func), hp.res
				}
				r.pos = fset.Position(rt.Func.Pos())
				r.Handler = funcName(rt.Func)
			default:
				r.pos = fset.Position(rt.Handler.Pos())
				r.Handler = types.ExprString(rt.Handler)
			}
			r.File, r.Line = rel(dir, r.pos.Filename), r.pos.Line
			if f != nil {
				choices := map[int]bool{}
				for _, s := range fres.Sends(f) {
					// A mapper's cases at each of its calls would bury
					// the rest: each code once, where first seen.
					if s.Choice {
						if choices[s.Code] {
							continue
						}
						choices[s.Code] = true
					}
					if code := s.DefaultStatus(rt); code != 0 {
						// huma's DefaultStatus, of this registration.
						s.Code, s.ByRoute = code, false
					}
					r.Statuses = append(r.Statuses, status(fset, dir, s))
				}
			}
			if len(r.Statuses) == 0 {
				// A handler the model sees nothing of (it may delegate to
				// code it cannot follow) or one that writes nothing.
				r.Statuses = []*invStatus{{File: r.File, Line: r.Line, Kind: "unknown", pos: r.pos}}
			}
			slices.SortStableFunc(r.Statuses, func(a, b *invStatus) int {
				return cmp.Or(cmp.Compare(codeRank(a.Code), codeRank(b.Code)), cmp.Compare(a.pos.Filename, b.pos.Filename), cmp.Compare(a.pos.Offset, b.pos.Offset))
			})
			for _, p := range places {
				r := *r
				r.Method, r.Path, r.Relative = p.method, p.path, p.relative
				inv.Routes = append(inv.Routes, &r)
			}
		}
	}
	slices.SortStableFunc(inv.Routes, func(a, b *invRoute) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(methodRank(a.Method), methodRank(b.Method)), cmp.Compare(a.Method, b.Method),
			cmp.Compare(a.reg.Filename, b.reg.Filename), cmp.Compare(a.reg.Offset, b.reg.Offset))
	})
	return inv, errs
}

// place is where a registration puts its handler.
type place struct {
	method, path string
	relative     bool
}

// routePlaces returns the method and path of a route: as registered, under
// the prefix its package's callers give it (mounts), or, for a route
// registered through a function value (rt.Via), as each registrar that
// passes one says.
func routePlaces(rt *response.Route, mounts []*response.Mount, registrars []*response.Registrar) []place {
	fix := func(p place, base *types.Func, param int) place {
		if base != nil {
			if prefix, ok := mountPrefix(mounts, base, param, 0); ok {
				p.path = joinPaths(prefix, p.path)
			} else {
				p.relative = true
			}
		}
		switch {
		case p.method == "":
			p.method = "*"
		}
		if p.path == "" {
			p.path = "?"
		}
		return p
	}
	if rt.Via == nil {
		return []place{fix(place{method: rt.Method, path: rt.Path, relative: rt.Relative}, rt.Base, rt.BaseParam)}
	}
	var out []place
	arg := func(i int) string {
		if i >= 0 && i < len(rt.Args) {
			return rt.Args[i]
		}
		return ""
	}
	for _, reg := range registrars {
		if reg.Callee != rt.Via || reg.Param != rt.ViaParam {
			continue
		}
		path := arg(reg.PathArg)
		if path != "" || reg.Prefix != "" {
			path = joinPaths(reg.Prefix, path)
		}
		methods := reg.Methods
		if reg.MethodArg >= 0 {
			m := strings.ToUpper(arg(reg.MethodArg))
			if m == "" {
				m = "?"
			}
			methods = []string{m}
		}
		if len(methods) == 2 && methods[0] == "GET" && methods[1] == "HEAD" {
			methods = methods[:1]
		}
		for _, m := range methods {
			out = append(out, fix(place{method: m, path: path, relative: reg.Relative}, reg.Base, reg.BaseParam))
		}
	}
	return out
}

// mountPrefix returns the one prefix every call in the program gives
// parameter param of fn, following mounts that are themselves relative.
func mountPrefix(mounts []*response.Mount, fn *types.Func, param, depth int) (string, bool) {
	if depth > 8 {
		return "", false
	}
	found, prefix := false, ""
	for _, m := range mounts {
		if m.Callee != fn || m.Param != param {
			continue
		}
		p := m.Prefix
		if m.Base != nil {
			outer, ok := mountPrefix(mounts, m.Base, m.BaseParam, depth+1)
			if !ok {
				return "", false
			}
			p = joinPaths(outer, p)
		}
		if found && p != prefix {
			return "", false
		}
		found, prefix = true, p
	}
	return prefix, found
}

func joinPaths(prefix, p string) string {
	switch {
	case prefix == "":
		return p
	case p == "":
		return prefix
	}
	return strings.TrimSuffix(prefix, "/") + "/" + strings.TrimPrefix(p, "/")
}

// codeRank sorts the unknown statuses after the known ones.
func codeRank(code int) int {
	if code == 0 {
		return 1000
	}
	return code
}

var methodOrder = []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}

func methodRank(m string) int {
	if i := slices.Index(methodOrder, m); i >= 0 {
		return i
	}
	return len(methodOrder)
}

func status(fset *token.FileSet, dir string, s response.Send) *invStatus {
	pos := fset.Position(s.Pos)
	st := &invStatus{Code: s.Code, File: rel(dir, pos.Filename), Line: pos.Line, pos: pos}
	switch {
	case s.Error:
		st.Kind = "error"
	case s.Code == 0:
		st.Kind = "unknown"
	default:
		st.Kind = "success"
	}
	if s.Error || s.Code == 0 {
		st.Origin = originName(s.Origin)
	}
	switch {
	case s.Opaque:
		st.Note = "opaque"
	case s.Implicit:
		st.Note = "implicit"
	case s.Choice:
		st.Note = "one of a mapper's cases"
	case s.Returned:
		st.Note = "error handler"
	}
	return st
}

func originName(o response.OriginKind) string {
	switch o {
	case response.OriginMalformed, response.OriginInvalid:
		return "client input"
	case response.OriginConflict:
		return "conflict"
	case response.OriginNotFound:
		return "not found"
	case response.OriginAuth:
		return "auth"
	case response.OriginServer:
		return "server"
	}
	return ""
}

// handlerName names a handler as a stack trace would: Func, (*T).Method,
// Func.func1 for the first literal in Func.
func handlerName(pkg string, names *enclosing, node ast.Node, fn *types.Func) string {
	if fn != nil {
		return funcName(fn)
	}
	outer := names.name(node.Pos())
	if outer == "" {
		return "func literal"
	}
	d := names.decl(node.Pos())
	if d != nil && d.Recv != nil && len(d.Recv.List) == 1 {
		if _, ok := d.Recv.List[0].Type.(*ast.StarExpr); ok {
			outer = "(*" + recvName(d.Recv.List[0].Type) + ")." + d.Name.Name
		}
	}
	n := 0
	if d != nil {
		ast.Inspect(d, func(x ast.Node) bool {
			if lit, ok := x.(*ast.FuncLit); ok && lit.Pos() <= node.Pos() {
				n++
			}
			return true
		})
	}
	return pkg + "." + outer + ".func" + strconv.Itoa(max(n, 1))
}

// funcName is pkg.Func or pkg.(*T).Method.
func funcName(fn *types.Func) string {
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Name() + "."
	}
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		star := ""
		if p, ok := t.(*types.Pointer); ok {
			t, star = p.Elem(), "*"
		}
		name := types.TypeString(t, func(*types.Package) string { return "" })
		if i := strings.IndexByte(name, '['); i >= 0 {
			name = name[:i]
		}
		if star != "" {
			return pkg + "(" + star + name + ")." + fn.Name()
		}
		return pkg + name + "." + fn.Name()
	}
	return pkg + fn.Name()
}

func writeInventory(format string, w io.Writer, inv *inventory) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(inv)
	case "markdown":
		return writeInventoryMarkdown(w, inv)
	}
	return writeInventoryText(w, inv)
}

func (s *invStatus) code() string {
	if s.Code == 0 {
		return "unknown"
	}
	return strconv.Itoa(s.Code)
}

func (r *invRoute) path() string {
	if r.Relative {
		return "…" + r.Path
	}
	return r.Path
}

// writeInventoryText prints one line per status, the route on its first.
func writeInventoryText(w io.Writer, inv *inventory) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "METHOD\tPATH\tHANDLER\tSTATUS\tKIND\tORIGIN\tAT")
	for _, r := range inv.Routes {
		for i, s := range r.Statuses {
			method, path, handler := "", "", ""
			if i == 0 {
				method, path, handler = r.Method, r.path(), fmt.Sprintf("%s (%s:%d)", r.Handler, r.File, r.Line)
			}
			origin := s.Origin
			if s.Note != "" {
				origin = strings.TrimSpace(origin + " [" + s.Note + "]")
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s:%d\n", method, path, handler, s.code(), s.Kind, origin, s.File, s.Line)
		}
	}
	return tw.Flush()
}

// writeInventoryMarkdown prints a table with one row per route, for a
// pull request comment.
func writeInventoryMarkdown(w io.Writer, inv *inventory) error {
	var b strings.Builder
	b.WriteString("| Method | Path | Handler | Statuses |\n|---|---|---|---|\n")
	for _, r := range inv.Routes {
		var codes []string
		for _, s := range r.Statuses {
			c := s.code()
			var notes []string
			if s.Origin != "" {
				notes = append(notes, s.Origin)
			}
			if s.Note != "" {
				notes = append(notes, s.Note)
			}
			if len(notes) > 0 {
				c += " (" + strings.Join(notes, ", ") + ")"
			}
			if !slices.Contains(codes, c) {
				codes = append(codes, c)
			}
		}
		fmt.Fprintf(&b, "| %s | `%s` | `%s` (%s:%d) | %s |\n", r.Method, mdEscape(r.path()), mdEscape(r.Handler), r.File, r.Line, strings.Join(codes, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func mdEscape(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// Path templates of every router, in one form ({name}) to compare with a
// spec: gin, echo, httprouter and fiber's :id and *path, chi and gorilla's
// {id:[0-9]+}, ServeMux's {path...} and {$}.
var (
	colonParam = regexp.MustCompile(`[:*]([A-Za-z0-9_]+)[?+]?`)
	braceParam = regexp.MustCompile(`\{([A-Za-z0-9_]+)(?::[^{}]*(?:\{[^{}]*\}[^{}]*)*)?(?:\.\.\.)?\}`)
)

// templatePath returns path in OpenAPI's template form, with every
// parameter named p (names differ between code and spec for one path).
func templatePath(path string) string {
	path = strings.ReplaceAll(path, "{$}", "")
	path = colonParam.ReplaceAllString(path, "{p}")
	path = braceParam.ReplaceAllString(path, "{p}")
	if len(path) > 1 {
		path = strings.TrimSuffix(path, "/")
	}
	return path
}

// decl returns the function declaration holding pos, or nil.
func (e *enclosing) decl(pos token.Pos) *ast.FuncDecl {
	f := e.files[e.fset.File(pos)]
	if f == nil {
		return nil
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Pos() <= pos && pos < fd.End() {
			return fd
		}
	}
	return nil
}

// addInventoryFlags registers -routes and -openapi.
func addInventoryFlags(fs *flag.FlagSet, o *options) {
	fs.BoolVar(&o.routes, "routes", false, "print every route and the statuses its handler can send (-format=text, json or markdown), and exit")
	fs.StringVar(&o.openapi, "openapi", "", "compare the routes and their statuses with the OpenAPI 3 (or Swagger 2.0) document `FILE`, YAML or JSON")
}

// runInventory serves -routes and -openapi.
func runInventory(o *options, stdout, stderr io.Writer) int {
	if o.format == "markdown" && !o.routes {
		fmt.Fprintln(stderr, "statuslint: -format=markdown is for -routes")
		return exitUsage
	}
	for _, out := range o.outputs {
		if o.routes && out.format != "text" && out.format != "json" && out.format != "markdown" {
			fmt.Fprintf(stderr, "statuslint: -routes prints -format=text, json or markdown, not %s\n", out.format)
			return exitUsage
		}
	}
	if o.routes && o.openapi != "" {
		fmt.Fprintln(stderr, "statuslint: -routes and -openapi are separate runs; give one")
		return exitUsage
	}
	var doc *specDoc
	if o.openapi != "" {
		// Before the analysis, which takes up to a minute on a large module: a
		// document that cannot be read fails the run at once.
		var err error
		if doc, err = loadSpec(o.openapi); err != nil {
			fmt.Fprintf(stderr, "statuslint: -openapi=%s: %v\n", o.openapi, err)
			return exitError
		}
	}
	graph, err := analyzeInventory(o.patterns, o.tags)
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\n", err)
		return exitError
	}
	inv, errs := buildInventory(graph, cwd())
	for _, err := range errs {
		fmt.Fprintf(stderr, "statuslint: %v\n", err)
	}
	if o.routes {
		if err := writeEach(o, stdout, func(format string, w io.Writer) error {
			return writeInventory(format, w, inv)
		}); err != nil {
			fmt.Fprintf(stderr, "statuslint: the routes: %v\n", err)
			return exitError
		}
		if len(errs) > 0 {
			return exitError
		}
		return exitClean
	}
	findings := specDrift(doc, inv)
	if err := writeOutputs(o, stdout, findings, nil); err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\n", err)
		return exitError
	}
	return exitStatus(errs, findings)
}
