package response

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"golang.org/x/tools/go/types/typeutil"
)

// Methods returns the HTTP methods the function is known to serve: from
// its registrations in this package (mux.HandleFunc("POST /items", h), chi's
// r.Post("/items", h), gorilla's r.HandleFunc("/items", h).Methods("POST")),
// or from a method check that returns early (if r.Method != http.MethodPost
// { ...; return }). Nil when unknown.
func (f *Func) Methods() []string { return f.methods }

// routes maps handler functions to the methods they are registered for,
// as the adapters' route tables say (passes/internal/knowledge).
func (ps *pkgState) routes() map[ast.Node][]string {
	if ps.methods != nil {
		return ps.methods
	}
	ps.methods = make(map[ast.Node][]string)
	if ps.presets == nil {
		ps.presets = make(map[ast.Node][]string) // (callbacks' presets may be there already)
	}
	ps.answers405 = make(map[ast.Node]bool)
	info := ps.pass.TypesInfo
	ps.registered = make(map[*types.Func]int)
	ps.buffered = make(map[ast.Node]bool)
	add := func(h ast.Expr, rt knowledge.Route, methods ...string) {
		n := ps.handlerNode(h)
		if n == nil {
			return
		}
		if fn := ps.handlerFunc(h); fn != nil {
			ps.registered[fn]++
		}
		for _, m := range methods {
			if !contains(ps.methods[n], m) {
				ps.methods[n] = append(ps.methods[n], m)
			}
		}
		sort.Strings(ps.methods[n])
		ps.answers405[n] = ps.answers405[n] || rt.Answers405
	}
	preset := func(h ast.Expr, headers []string) {
		if n := ps.handlerNode(h); n != nil {
			ps.presets[n] = append(ps.presets[n], headers...)
		}
	}
	for c := range ps.ins.Root().Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil)) {
		if as, ok := c.Node().(*ast.AssignStmt); ok {
			// router.MethodNotAllowed = h: httprouter sets Allow first.
			for i, lhs := range as.Lhs {
				if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && len(as.Lhs) == len(as.Rhs) {
					if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal {
						if hs := knowledge.PresetHeaders(contextName(s.Recv()) + "." + sel.Sel.Name); hs != nil {
							preset(as.Rhs[i], hs)
						}
					}
				}
			}
			continue
		}
		call := c.Node().(*ast.CallExpr)
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil || fn.Pkg() == nil {
			continue
		}
		path := fn.Pkg().Path()
		if i, ok := knowledge.BufferingWrapper(path, fn.Name()); ok && fn.Signature().Recv() == nil && i < len(call.Args) {
			// http.TimeoutHandler(h, d, msg) buffers what h writes;
			// wrapping a router buffers every handler behind it, and
			// which ones those are the model does not track.
			if n := ps.handlerNode(call.Args[i]); n != nil {
				ps.buffered[n] = true
			} else {
				ps.allBuffered = true
			}
			continue
		}
		rt, ok := knowledge.LookupRoute(path, fn.Name(), fn.Origin().FullName)
		if !ok {
			continue
		}
		args := call.Args
		if rt.Chained != nil {
			// r.HandleFunc("/x", h).Methods("POST"): the handler is the
			// registration's.
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			reg, ok := ast.Unparen(sel.X).(*ast.CallExpr)
			if !ok {
				continue
			}
			if rf, _ := typeutil.Callee(info, reg).(*types.Func); rf == nil || !slices.Contains(rt.Chained, rf.Origin().FullName()) {
				continue
			}
			args = reg.Args
		}
		if rt.Handler >= len(args) {
			continue
		}
		handlers := args[rt.Handler : rt.Handler+1]
		if rt.Handlers {
			handlers = args[rt.Handler:]
		}
		if rt.Presets != nil {
			// gin sets Allow before it runs the NoMethod handlers.
			for _, h := range handlers {
				preset(h, rt.Presets)
			}
			continue
		}
		var ms []string
		switch {
		case rt.Chained != nil:
			for _, a := range call.Args {
				if s := constString(info, a); s != "" {
					ms = append(ms, strings.ToUpper(s))
				}
			}
		case rt.Methods != nil:
			ms = rt.Methods
		case rt.MethodArg >= 0 && rt.MethodArg < len(args):
			// r.Handle(http.MethodPut, "/items/:id", h)
			ms = constMethods(info, args[rt.MethodArg])
		case rt.PatternArg >= 0 && rt.PatternArg < len(args):
			// mux.HandleFunc("POST /items", h)
			if p := constString(info, args[rt.PatternArg]); p != "" {
				if m, _, ok := strings.Cut(p, " "); ok && m == strings.ToUpper(m) {
					ms = []string{m}
				}
			}
		}
		if len(ms) == 0 {
			continue // every method, or one the model cannot name
		}
		if rt.GetServesHead && len(ms) == 1 && ms[0] == "GET" {
			ms = append(ms, "HEAD")
		}
		for _, h := range handlers {
			add(h, rt, ms...)
		}
	}
	return ps.methods
}

// handlerFunc returns the function a handler expression names (h, s.h,
// http.HandlerFunc(h)), nil for a literal or anything else.
func (ps *pkgState) handlerFunc(h ast.Expr) *types.Func {
	info := ps.pass.TypesInfo
	switch e := ast.Unparen(h).(type) {
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return ps.handlerFunc(e.Args[0])
		}
	case *ast.Ident:
		fn, _ := info.Uses[e].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		fn, _ := info.Uses[e.Sel].(*types.Func)
		return fn
	}
	return nil
}

// routedOnly returns the methods a router in this package sends to the
// handler n when every use of it is a registration for specific methods,
// else nil: a handler also registered for every method, passed to a
// middleware, or used in any other way may see any method.
func (ps *pkgState) routedOnly(n ast.Node) []string {
	ms := ps.routes()[n]
	if len(ms) == 0 {
		return nil
	}
	if d, ok := n.(*ast.FuncDecl); ok {
		fn, _ := ps.pass.TypesInfo.Defs[d.Name].(*types.Func)
		if fn == nil || fn.Exported() || ps.uses()[fn] != ps.registered[fn] {
			return nil // another package may register it too
		}
	}
	return ms
}

// uses counts the references to each function of the package.
func (ps *pkgState) uses() map[*types.Func]int {
	if ps.funcUses == nil {
		ps.funcUses = make(map[*types.Func]int)
		for _, obj := range ps.pass.TypesInfo.Uses {
			if fn, ok := obj.(*types.Func); ok && fn.Pkg() == ps.pass.Pkg {
				ps.funcUses[fn]++
			}
		}
	}
	return ps.funcUses
}

// placeEvents records, for each event of f, the condition of the innermost
// if around it, and marks the events behind a check of the request's
// method that no request the router sends to f can pass: the
// `if r.Method != http.MethodGet { 405 }` of a handler registered with
// r.Get("/x", h). The router answers the other methods itself.
//
// One walk of f, with the path to each node, places every event: looking
// each up from the top was quadratic in a long handler.
func (ps *pkgState) placeEvents(f *Func) {
	routed := ps.routedOnly(f.Node)
	f.routed = routed
	f.answers405 = routed != nil && ps.answers405[f.Node]
	f.buffered = ps.allBuffered || ps.buffered[f.Node]
	// Only a status write is asked where it sits (Condition, CheckedCall,
	// MethodChecked, Unrouted).
	byNode := make(map[ast.Node][]*Event)
	for _, ev := range f.Events {
		if ev.Kind == WriteStatus {
			byNode[ev.Call] = append(byNode[ev.Call], ev)
		}
	}
	if len(byNode) == 0 {
		return
	}
	var path []ast.Node
	ast.Inspect(f.Node, func(n ast.Node) bool {
		if n == nil {
			path = path[:len(path)-1]
			return true
		}
		for _, ev := range byNode[n] {
			ps.placeEvent(f, ev, path, routed)
		}
		path = append(path, n)
		return true
	})
}

// placeEvent records what the ifs and cases around the event say; path
// runs from f's node down to the event's parent.
func (ps *pkgState) placeEvent(f *Func, ev *Event, path []ast.Node, routed []string) {
	info := ps.pass.TypesInfo
	for i := len(path) - 1; i > 0; i-- {
		var sw *ast.SwitchStmt
		switch n := path[i].(type) {
		case *ast.FuncLit:
			return // a literal's own conditions are its business
		case *ast.IfStmt:
			if n.Cond.Pos() <= ev.Call.Pos() && ev.Call.End() <= n.Cond.End() {
				break
			}
			if ev.cond == nil {
				ev.cond = n.Cond
				ev.checkedKey, ev.checkedCall = f.info.checkedCall(n)
			}
			_, neq := methodTest(info, n.Cond, token.NEQ, token.LAND)
			_, eq := methodTest(info, n.Cond, token.EQL, token.LOR)
			ev.methodChecked = ev.methodChecked || neq || eq
		case *ast.CaseClause:
			if i >= 2 {
				sw, _ = path[i-2].(*ast.SwitchStmt)
			}
			ev.methodChecked = ev.methodChecked || sw != nil && sw.Tag != nil && isMethodExpr(info, sw.Tag)
		default:
			continue
		}
		if routed != nil && unroutedBranch(info, path[i], sw, ev.Call.Pos(), routed) {
			ev.Unrouted = true
			return
		}
	}
}

// Buffered reports whether a wrapper its package puts in front of f
// buffers the response until f returns (http.TimeoutHandler): a header set
// after the status still goes out.
func (f *Func) Buffered() bool { return f.buffered }

// MethodChecked reports whether the event is inside an if or switch that
// tests the request's method. Known for status writes.
func (e *Event) MethodChecked() bool { return e.methodChecked }

// RouterAnswers405 reports whether the router that sends f the methods
// of Routed answers the others with 405 and Allow itself (chi,
// httprouter, net/http's method patterns), so that f never needs to.
func (f *Func) RouterAnswers405() bool { return f.answers405 }

// Routed returns the methods the routers of f's package send to it, when
// that is the only way f is used; nil when unknown.
func (f *Func) Routed() []string { return f.routed }

// CheckedCall returns the call whose result the innermost if around the
// event tests (c.Get("user") in u, ok := c.Get("user").(int); if !ok), and
// a key naming it the same way wherever it is written: the callee and its
// constant arguments. "" when there is none.
func (e *Event) CheckedCall() (key string, call ast.Node) { return e.checkedKey, e.checkedCall }

// checkedCall finds the call that defines the variable the condition of
// ifs tests, in its init statement or the statement just before it.
func (f *funcInfo) checkedCall(ifs *ast.IfStmt) (string, ast.Node) {
	info := f.pkg.pass.TypesInfo
	var tested *types.Var
	ast.Inspect(ifs.Cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && tested == nil {
			if v, ok := info.Uses[id].(*types.Var); ok && !v.IsField() {
				tested = v
			}
		}
		return tested == nil
	})
	if tested == nil {
		return "", nil
	}
	var last *assignment
	for i, a := range f.assignments().of[tested] {
		if a.rhs != nil && a.node.End() <= ifs.Cond.Pos() && (last == nil || a.node.Pos() > last.node.Pos()) {
			last = &f.assignments().of[tested][i]
		}
	}
	if last != nil {
		x := ast.Unparen(last.rhs)
		if ta, ok := x.(*ast.TypeAssertExpr); ok {
			x = ast.Unparen(ta.X)
		}
		call, ok := x.(*ast.CallExpr)
		if !ok {
			return "", nil
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil {
			return "", nil
		}
		key := fn.FullName() + "("
		for i, arg := range call.Args {
			if i > 0 {
				key += ", "
			}
			if tv := info.Types[arg]; tv.Value != nil {
				key += tv.Value.ExactString()
			} else if f.checksInput(arg) {
				// s.tokens.Verify(ctx, tok): a check of what this
				// request brings, each handler's own, not a lookup of
				// what a middleware stored.
				return "", nil
			} else {
				key += "_"
			}
		}
		return key + ")", call
	}
	return "", nil
}

// checksInput reports whether arg, given to a checked call, is a value
// of the request's own (a token, a key, a decoded field) rather than a
// context, the request itself or a package-level key: the state a
// middleware put there.
func (f *funcInfo) checksInput(arg ast.Expr) bool {
	info := f.pkg.pass.TypesInfo
	t := info.TypeOf(arg)
	if t == nil || isContextType(t) || isRequestType(t) || isWriterType(t) {
		return false
	}
	switch e := ast.Unparen(arg).(type) {
	case *ast.CallExpr:
		// r.Context(), auth.Bearer(r.Header): the latter is input.
		return !isContextType(t)
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		return ok && v.Parent() != v.Pkg().Scope()
	case *ast.SelectorExpr:
		v, ok := info.Uses[e.Sel].(*types.Var)
		return ok && v.IsField()
	}
	return true
}

// Condition returns the condition of the innermost if statement whose body
// or else branch holds the event, or nil. Known for status writes.
func (e *Event) Condition() ast.Expr { return e.cond }

// unroutedBranch reports whether the branch of the if or case clause at c
// holding pos runs for none of the methods in routed.
func unroutedBranch(info *types.Info, node ast.Node, sw *ast.SwitchStmt, pos token.Pos, routed []string) bool {
	switch n := node.(type) {
	case *ast.IfStmt:
		inBody := n.Body.Pos() <= pos && pos < n.Body.End()
		inElse := n.Else != nil && n.Else.Pos() <= pos && pos < n.Else.End()
		switch {
		case inBody:
			// if r.Method != GET && r.Method != HEAD { ... }
			if ms, ok := methodTest(info, n.Cond, token.NEQ, token.LAND); ok {
				return subset(routed, ms)
			}
		case inElse:
			// if r.Method == POST { ... } else { ... }
			if ms, ok := methodTest(info, n.Cond, token.EQL, token.LOR); ok {
				return subset(routed, ms)
			}
		}
	case *ast.CaseClause:
		if sw == nil || sw.Tag == nil || !isMethodExpr(info, sw.Tag) {
			return false
		}
		var listed []string
		for _, cl := range sw.Body.List {
			for _, e := range cl.(*ast.CaseClause).List {
				m := constString(info, e)
				if m == "" {
					return false
				}
				listed = append(listed, strings.ToUpper(m))
			}
		}
		if n.List == nil {
			return subset(routed, listed) // default: no routed method gets here
		}
		for _, e := range n.List {
			if contains(routed, strings.ToUpper(constString(info, e))) {
				return false
			}
		}
		return true
	}
	return false
}

// methodTest matches a chain of `method op "M"` joined by join, and returns
// the methods named.
func methodTest(info *types.Info, e ast.Expr, op, join token.Token) ([]string, bool) {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok {
		return nil, false
	}
	if b.Op == join {
		x, ok1 := methodTest(info, b.X, op, join)
		y, ok2 := methodTest(info, b.Y, op, join)
		return append(x, y...), ok1 && ok2
	}
	if b.Op != op {
		return nil, false
	}
	for _, pair := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		if m := constString(info, pair[1]); m != "" && isMethodExpr(info, pair[0]) {
			return []string{strings.ToUpper(m)}, true
		}
	}
	return nil, false
}

// isMethodExpr reports whether e is the request's method: r.Method,
// c.Request.Method, c.Request().Method, c.Method() (fiber).
func isMethodExpr(info *types.Info, e ast.Expr) bool {
	x := ast.Unparen(e)
	if call, ok := x.(*ast.CallExpr); ok && len(call.Args) == 0 {
		x = ast.Unparen(call.Fun)
	}
	sel, ok := x.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Method" && isRequestType(info.TypeOf(sel.X))
}

func subset(xs, of []string) bool {
	for _, x := range xs {
		if !contains(of, x) {
			return false
		}
	}
	return true
}

// handlerNode returns the declaration or literal a handler expression
// denotes: a literal, a function or method value, http.HandlerFunc(x).
func (ps *pkgState) handlerNode(h ast.Expr) ast.Node {
	info := ps.pass.TypesInfo
	switch e := ast.Unparen(h).(type) {
	case *ast.FuncLit:
		return e
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return ps.handlerNode(e.Args[0])
		}
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := e.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = e.(*ast.Ident)
		}
		if fn, ok := info.Uses[id].(*types.Func); ok {
			if d := ps.decls[fn]; d != nil {
				return d
			}
		}
	}
	return nil
}

// methodGuard finds `if r.Method != X { ...; return }` among the first
// statements of the body, and returns X.
func (f *funcInfo) methodGuard() []string {
	info := f.pkg.pass.TypesInfo
	for _, s := range f.body.List {
		ifs, ok := s.(*ast.IfStmt)
		if !ok {
			continue
		}
		b, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
		if !ok || b.Op != token.NEQ || ifs.Else != nil || !terminates(ifs.Body) {
			continue
		}
		if ms, ok := methodTest(info, b, token.NEQ, token.LAND); ok && len(ms) == 1 {
			return ms
		}
	}
	return nil
}

// constMethods returns the methods a route's method argument names: a
// constant string, or a slice literal of them (gin's
// r.Match([]string{"GET", "HEAD"}, path, h)); nil when one is not a constant.
func constMethods(info *types.Info, e ast.Expr) []string {
	if m := constString(info, e); m != "" {
		return []string{strings.ToUpper(m)}
	}
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return nil
	}
	if _, ok := info.TypeOf(lit).Underlying().(*types.Slice); !ok {
		return nil
	}
	var ms []string
	for _, el := range lit.Elts {
		m := constString(info, el)
		if m == "" {
			return nil
		}
		ms = append(ms, strings.ToUpper(m))
	}
	return ms
}

func constString(info *types.Info, e ast.Expr) string {
	tv := info.Types[e]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	return constant.StringVal(tv.Value)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
