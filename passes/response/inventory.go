package response

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"golang.org/x/tools/go/types/typeutil"
)

// The route and status inventory (statuslint -routes, -openapi, the apidoc
// rule): which handler serves which method and path, and which statuses a
// function can send. It reads what the model already knows and changes
// nothing the rules see.

// inventoryData is the part of Result the inventory adds.
type inventoryData struct {
	routes     []*Route                // see Routes
	mounts     []*Mount                // see Mounts
	registrars []*Registrar            // see Registrars
	returns    map[*Func][]token.Pos   // see Sends
	returned   map[*ast.FuncDecl]*Func // see ReturnedHandler
}

// A Route is one handler registration in this package.
type Route struct {
	Method string // "GET"; "" when the registration serves every method, "?" when the model cannot name it
	// Path is the pattern as registered, with the prefixes of the groups
	// it is registered under (gin's r.Group("/api"), chi's r.Route). ""
	// when it is not a constant.
	Path string
	// Relative: the router it is registered on comes from code the model
	// does not follow (a wrapper in another package, a struct field, a
	// prefix that is not a constant): Path follows an unknown prefix.
	Relative bool
	Call     ast.Node // the registration
	// Handler is the endpoint: the last handler of a chain (gin, fiber),
	// unwrapped from conversions and from wrappers that take it as an
	// argument (auth(h)).
	Handler ast.Expr
	Func    *types.Func // the handler, when it is a named function or method (of any package)
	Node    ast.Node    // its declaration or literal, when in this package
	// Base and BaseParam: the routes are registered on a router the
	// enclosing function Base receives as parameter BaseParam, so their
	// prefix is its callers' (see Result.Mounts). Nil Base: Path is
	// complete as far as this package shows.
	Base      *types.Func
	BaseParam int
	// Via and ViaParam: the route is registered by calling parameter
	// ViaParam of Via, a function value the callers pass (gotosocial's
	// attachHandler): Method and Path are empty, and Args holds the
	// constant string arguments of the call ("" for others); a Registrar
	// says which are the method and the path.
	Via      *types.Func
	ViaParam int
	Args     []string
	// Default is the status the registration gives an output without one
	// of its own (huma's Operation.DefaultStatus): 0 when it sets none,
	// -1 when the model cannot tell (see Send.DefaultStatus).
	Default int
	// Operation is the registration's operation literal (huma.Operation{...}),
	// nil for other registrations.
	Operation *ast.CompositeLit
	// Declared are the error statuses the operation declares: huma's
	// Operation.Errors, with those huma adds to a non-empty list, and the
	// codes of its Responses. Nil when it declares none (huma documents a
	// default response then) or the model cannot read them all.
	Declared []int
}

// A Mount is a call that hands another package's function a router under
// a prefix: api.RegisterPhotos(router.Group("/api/v1")).
type Mount struct {
	Callee *types.Func
	Param  int
	Prefix string
	// Base and BaseParam: the router passed is itself under a parameter
	// of the enclosing function, as for Route.
	Base      *types.Func
	BaseParam int
}

// A Registrar is a call that hands a function a router's registration
// method as a value: c.accounts.Route(apiGroup.Handle), whose calls of
// its parameter (attachHandler(http.MethodGet, "/x", m.getX)) register
// routes (see Route.Via).
type Registrar struct {
	Callee *types.Func
	Param  int
	// What the registration method takes: the methods it registers for
	// (r.GET), or the argument naming the method; the path argument.
	Methods   []string
	MethodArg int // -1 when Methods says
	PathArg   int
	// Prefix, Relative, Base, BaseParam: the router's, as for Route.
	Prefix    string
	Relative  bool
	Base      *types.Func
	BaseParam int
}

// Registrars returns the calls that hand a function a registration method.
func (r *Result) Registrars() []*Registrar { return r.inv.registrars }

// Routes returns the handler registrations of this package, in source order.
func (r *Result) Routes() []*Route { return r.inv.routes }

// Mounts returns the calls that hand other packages' functions a router
// under a prefix.
func (r *Result) Mounts() []*Mount { return r.inv.mounts }

// FuncOf returns the model of the function declared or written at node
// (a *ast.FuncDecl or *ast.FuncLit), nil when it does nothing to a response.
func (r *Result) FuncOf(node ast.Node) *Func {
	for _, f := range r.funcs {
		if f.Node == node {
			return f
		}
	}
	return nil
}

// FuncFor returns the model of a function of this package, nil when it
// does nothing to a response.
func (r *Result) FuncFor(fn *types.Func) *Func {
	for _, f := range r.funcs {
		if f.Obj == fn {
			return f
		}
	}
	return nil
}

// A Send is one status a function can send.
type Send struct {
	Code  int       // 0: a status the model cannot name
	Pos   token.Pos // the write, the call of the helper that writes it, the return of the error
	Event *Event
	// Error: an error status, or any status on an error path.
	Error  bool
	Origin OriginKind // for errors: whose fault, as the model found it
	// Choice: one of several a callee or a table chooses between by a
	// condition the call does not show (a mapper's cases): the function
	// may never send it.
	Choice bool
	// Implicit: net/http's 200 for a body written with no status first.
	Implicit bool
	// Returned: what the framework's error handler sends for a returned
	// error.
	Returned bool
	// Opaque: the response reaches code the model cannot see, which may
	// send anything (Code is 0).
	Opaque bool
	// ByRoute: the status is the default of the registration (huma's
	// Operation.DefaultStatus), which differs between the handler's
	// registrations (Code is 0): Route.DefaultStatus says it for each.
	ByRoute bool
}

// DefaultStatus returns the status a Send of ByRoute goes out with on rt,
// or 0 when rt's registration does not say.
func (s Send) DefaultStatus(rt *Route) int {
	switch {
	case !s.ByRoute || rt.Default < 0:
		return 0
	case rt.Default > 0:
		return rt.Default
	case s.Event.result.body:
		return 200
	}
	return 204
}

// Sends returns the statuses f can send, in event order: each constant of
// each status write, an unknown (Code 0) where the status is not a
// constant or the response reaches code the model cannot see, and the 200
// net/http sends for a body written first; then an unknown for each error
// f returns to a framework's error handler that the model cannot tell the
// status of (return err). Writes behind a method check the router never
// lets through (Event.Unrouted) are left out.
func (r *Result) Sends(f *Func) []Send {
	out := f.sends()
	for _, pos := range r.inv.returns[f] {
		out = append(out, Send{Pos: pos, Error: true, Returned: true})
	}
	return out
}

func (f *Func) sends() []Send {
	var out []Send
	type key struct {
		code int
		pos  token.Pos
	}
	seen := map[key]bool{}
	add := func(s Send) {
		k := key{s.Code, s.Pos}
		if s.Opaque {
			k.code = -1
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	f.eachSend(add, nil, nil)
	return out
}

// eachSend hands add the statuses f can send (see sends). A callback f
// hands to a callee that runs it (see Func.hidden) sends what its own
// model does, each where it writes it; on an error path of f when the
// call is on one. visited holds the callbacks followed, against cycles.
func (f *Func) eachSend(add func(Send), around *Guard, visited map[*Func]bool) {
	for _, ev := range f.allEvents() {
		if ev.hidden && ev.cb != nil {
			continue // below
		}
		switch ev.Kind {
		case WriteStatus:
			if ev.Unrouted {
				continue
			}
			for _, v := range ev.Status.Values {
				if v.Code == 0 {
					continue
				}
				s := Send{Code: v.Code, Pos: ev.Pos(), Event: ev, Choice: v.choice, Returned: returnedError(ev)}
				s.Error = v.Code >= 400 || ev.Guard != nil && v.Code >= 200
				if s.Error {
					s.Origin = inventoryOrigin(statusGuard(ev, v))
				}
				add(s)
			}
			if ev.Status.Unknown || len(ev.Status.Codes()) == 0 {
				byRoute := ev.result != nil && ev.result.byRoute
				add(Send{Pos: ev.Pos(), Event: ev, Error: ev.Guard != nil, Origin: inventoryOrigin(ev.Guard), Returned: returnedError(ev), ByRoute: byRoute})
			}
		case WriteBody, Flush:
			if ev.Maybe && !ev.ownBody || ev.Deferred && ev.StatusMayFollow() {
				continue
			}
			if sameCallStatus(f, ev) {
				continue // the call writes its own status (c.AbortWithStatusJSON)
			}
			if ev.SendsImplicit() {
				add(Send{Code: 200, Pos: ev.Pos(), Event: ev, Implicit: true, Error: ev.Guard != nil, Origin: inventoryOrigin(ev.Guard)})
			}
		case Opaque:
			if !ev.HandsOff {
				add(Send{Pos: ev.Pos(), Event: ev, Opaque: true})
			}
		}
	}
	for _, ev := range f.hidden {
		if ev.cb == nil || visited[ev.cb] {
			continue
		}
		if visited == nil {
			visited = map[*Func]bool{f: true}
		}
		visited[ev.cb] = true
		g := ev.Guard
		if g == nil {
			g = around
		}
		ev.cb.eachSend(func(s Send) {
			// What the callback returns goes to the callee, not to the
			// framework's error handler.
			if s.Returned {
				return
			}
			if g != nil && !s.Error && s.Code >= 200 {
				s.Error, s.Origin = true, inventoryOrigin(g)
			}
			add(s)
		}, g, visited)
	}
}

// returnedError reports whether ev is the framework's answer to a returned
// error: not the output a writerless handler returns with it.
func returnedError(ev *Event) bool {
	return ev.returned && (ev.result == nil || ev.result.Error)
}

// inventory finds the package's routes and mounts. It runs once, in the
// model's pass.
func (ps *pkgState) inventory(res *Result) {
	info := ps.pass.TypesInfo
	ps.unknownReturns(res)
	ps.returnedHandlers(res)
	pf := &prefixer{ps: ps, vars: map[*types.Var]prefix{}, busy: map[*types.Var]bool{}, funcs: map[*types.Func]RouterPrefix{}}
	defer ps.exportRouterPrefixes(pf)
	for c := range ps.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		callee := typeutil.Callee(info, call)
		if v, ok := callee.(*types.Var); ok {
			ps.paramRoute(res, pf, call, v)
			continue
		}
		fn, _ := callee.(*types.Func)
		if fn == nil || fn.Pkg() == nil {
			continue
		}
		var methods []string
		var recv, path ast.Expr
		var opLit *ast.CompositeLit
		var declared []int
		dflt := -1
		var handlers []ast.Expr
		recv = pf.routerOf(call, fn, 0)
		var full string
		fullName := func() string {
			if full == "" {
				full = fn.Origin().FullName()
			}
			return full
		}
		if rt, ok := knowledge.LookupRoute(fn.Pkg().Path(), fn.Name(), fullName); ok {
			args := call.Args
			if rt.Presets != nil {
				continue // gin's NoMethod: the router's own answer
			}
			if rt.Chained != nil {
				// r.HandleFunc("/x", h).Methods("POST")
				reg, ok := ast.Unparen(recv).(*ast.CallExpr)
				if !ok {
					continue
				}
				if rf, _ := typeutil.Callee(info, reg).(*types.Func); rf == nil || !slices.Contains(rt.Chained, rf.Origin().FullName()) {
					continue
				}
				args = reg.Args
				recv = nil
				if s, ok := ast.Unparen(reg.Fun).(*ast.SelectorExpr); ok {
					recv = s.X
				}
				for _, a := range call.Args {
					m := strings.ToUpper(constString(info, a))
					if m == "" {
						m = "?"
					}
					methods = append(methods, m)
				}
			}
			if rt.Handler < 1 || rt.Handler >= len(args) {
				continue
			}
			if _, _, ok := knowledge.LookupResultRoute(fullName()); ok && len(args) == rt.Handler+1 {
				dflt = 0 // huma.Get(api, path, h): no operation handler sets one
			}
			path = args[rt.Handler-1]
			handlers = args[rt.Handler : rt.Handler+1]
			if rt.Handlers {
				handlers = args[rt.Handler:]
			}
			switch {
			case rt.Chained != nil:
			case rt.Methods != nil:
				methods = rt.Methods
				if len(methods) == 2 && methods[0] == "GET" && methods[1] == "HEAD" {
					methods = methods[:1] // fiber's Get: HEAD comes with it
				}
			case rt.MethodArg >= 0 && rt.MethodArg < len(args):
				methods = constMethods(info, args[rt.MethodArg])
				if len(methods) == 0 {
					methods = []string{"?"}
				}
				if len(methods) == 2 && slices.Contains(methods, "GET") && slices.Contains(methods, "HEAD") {
					methods = []string{"GET"} // r.Match(GET, HEAD): a GET row, as every GET serves HEAD here
				}
			case rt.PatternArg >= 0:
				methods = []string{""}
			}
		} else if ar, ok := knowledge.LookupAnyRoute(fn.Pkg().Path(), fullName); ok {
			// A gorilla registration given .Methods is the route row's.
			if p, ok := c.Parent().Node().(*ast.SelectorExpr); ok && p.X == call && p.Sel.Name == "Methods" {
				continue
			}
			if ar.Handler >= len(call.Args) {
				continue
			}
			path = call.Args[ar.PathArg]
			handlers = call.Args[ar.Handler : ar.Handler+1]
			if ar.Handlers {
				handlers = call.Args[ar.Handler:]
			}
			methods = []string{""}
		} else if op, ok := ps.operationRoute(call, fullName()); ok {
			// huma.Register(api, huma.Operation{Method: "GET", Path: "/x"}, h)
			path, handlers, methods = op.path, []ast.Expr{op.handler}, []string{op.method}
			opLit, dflt, declared = op.lit, op.dflt, op.declared()
		} else {
			if fn.Pkg() != ps.pass.Pkg || fn.Exported() {
				ps.mount(res, pf, call, fn)
			}
			ps.registrars(res, pf, call, fn)
			continue
		}
		if len(handlers) == 0 {
			continue
		}
		h := handlers[len(handlers)-1]
		if len(handlers) > 1 && info.Types[h].Type != nil {
			// gin's r.GET(path, mw, h) and variadic chains: the endpoint is
			// the last one.
			if _, ok := types.Unalias(info.Types[h].Type).Underlying().(*types.Slice); ok {
				continue // r.GET(path, chain...)
			}
		}
		base := pf.of(recv)
		pattern := constString(info, path)
		if methods != nil && len(methods) == 1 && methods[0] == "" {
			// net/http's "POST /items" names its method in the pattern.
			if m, rest, ok := strings.Cut(pattern, " "); ok && m == strings.ToUpper(m) && m != "" {
				methods = []string{m}
				pattern = strings.TrimSpace(rest)
			}
		}
		full2 := ""
		if pattern != "" || path == nil || isEmptyString(info, path) {
			full2 = joinPath(base.path, pattern)
			if !base.relative && base.base == nil && !strings.HasPrefix(full2, "/") && knowledge.RootedAtSlash(fn.Pkg().Path()) {
				full2 = "/" + full2 // gin's g.GET("version") serves /version
			}
		}
		node, hfn := ps.endpoint(h, 0)
		for _, m := range methods {
			res.inv.routes = append(res.inv.routes, &Route{
				Method: m, Path: full2, Relative: base.relative, Call: call, Handler: h, Func: hfn, Node: node,
				Base: base.base, BaseParam: base.param, Default: dflt, Operation: opLit, Declared: declared,
			})
		}
	}
}

// An opRoute is a registration whose method and path are fields of an
// operation value: huma.Register(api, huma.Operation{...}, h).
type opRoute struct {
	method  string   // "?" when not a constant
	path    ast.Expr // nil when the operation sets none: the group's prefix is the path
	handler ast.Expr
	lit     *ast.CompositeLit // nil when the operation is not a literal
	results *knowledge.Results
	dflt    int // see Route.Default
	// errors and responses: the fields of the literal, when set.
	errors, responses ast.Expr
	info              *types.Info
}

// declared returns the error statuses the operation declares (see
// Route.Declared).
func (op opRoute) declared() []int {
	if op.errors == nil {
		return nil
	}
	var out []int
	codes, ok := constInts(op.info, op.errors)
	if !ok || len(codes) == 0 {
		return nil
	}
	out = append(out, codes...)
	out = append(out, op.results.ErrorsAdded...)
	if op.responses != nil {
		lit, ok := ast.Unparen(op.responses).(*ast.CompositeLit)
		if !ok {
			return nil
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return nil
			}
			// "default" and "4XX" declare more than codes: say nothing.
			code, err := strconv.Atoi(constString(op.info, kv.Key))
			if err != nil {
				return nil
			}
			out = append(out, code)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// constInts returns the constants of a slice literal ([]int{404, 409}).
func constInts(info *types.Info, e ast.Expr) ([]int, bool) {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	var out []int
	for _, elt := range lit.Elts {
		code, ok := constCode(info, elt)
		if !ok {
			return nil, false
		}
		out = append(out, code)
	}
	return out, true
}

// operationRoute reads a registration with an operation argument.
func (ps *pkgState) operationRoute(call *ast.CallExpr, fullName string) (opRoute, bool) {
	results, rt, ok := knowledge.LookupResultRoute(fullName)
	if !ok || rt.Operation < 0 || rt.Operation >= len(call.Args) || rt.Handler >= len(call.Args) {
		return opRoute{}, false
	}
	op := opRoute{method: "?", path: call.Args[rt.Operation], handler: call.Args[rt.Handler], results: results, dflt: -1, info: ps.pass.TypesInfo}
	op.lit = operationLit(ps.pass.TypesInfo, call.Args[rt.Operation], results)
	if op.lit == nil {
		return op, true
	}
	op.path, op.dflt = nil, 0
	for field, val := range litFields(ps.pass.TypesInfo, op.lit) {
		switch field.Name() {
		case results.DefaultStatus:
			op.dflt = -1
			if code, ok := constCode(ps.pass.TypesInfo, val); ok {
				op.dflt = code
			}
		case results.Method:
			if m := constString(ps.pass.TypesInfo, val); m != "" {
				op.method = strings.ToUpper(m)
			}
		case results.Path:
			op.path = val
		case results.Errors:
			op.errors = val
		case results.Responses:
			op.responses = val
		}
	}
	return op, true
}

// RouterPrefix is the fact for a function that returns a router under a
// path prefix of the router it is given, or of a new one:
// func APIGroup(r *gin.Engine) *gin.RouterGroup { return r.Group("/api") }.
// The routes registered on what a call of it returns, in any package, are
// under that prefix.
type RouterPrefix struct {
	Param  int // the parameter holding the router the result is under, or -1: a router of its own
	Prefix string
}

func (*RouterPrefix) AFact() {}

func (p *RouterPrefix) String() string {
	if p.Param < 0 {
		return fmt.Sprintf("router under %q", p.Prefix)
	}
	return fmt.Sprintf("router under param %d + %q", p.Param, p.Prefix)
}

// returned returns the prefix of the router fn returns: from its fact, for
// another package's function; from its returns, for this package's.
func (pf *prefixer) returned(fn *types.Func) (RouterPrefix, bool) {
	if fn.Pkg() != pf.ps.pass.Pkg {
		var rp RouterPrefix
		ok := pf.ps.pass.ImportObjectFact(fn, &rp)
		return rp, ok
	}
	if rp, ok := pf.funcs[fn]; ok {
		return rp, rp.Param >= -1
	}
	d := pf.ps.decls[fn]
	if d == nil || d.Body == nil || fn.Signature().Results().Len() != 1 || !isRouterType(fn.Signature().Results().At(0).Type()) {
		return RouterPrefix{}, false
	}
	pf.funcs[fn] = RouterPrefix{Param: -2} // busy: a recursive call knows nothing
	results, ok := returnedValues(d.Body)
	var rp RouterPrefix
	first := true
	for _, x := range results {
		p := pf.of(x)
		var q RouterPrefix
		switch {
		case p.relative || p.base != nil && p.base != fn:
			ok = false
		case p.base == nil:
			q = RouterPrefix{Param: -1, Prefix: p.path}
		default:
			q = RouterPrefix{Param: p.param, Prefix: p.path}
		}
		if !ok || !first && q != rp {
			ok = false
			break
		}
		rp, first = q, false
	}
	if !ok || first {
		rp = RouterPrefix{Param: -2}
	}
	pf.funcs[fn] = rp
	return rp, rp.Param >= -1
}

// exportRouterPrefixes exports the prefixes of the routers this package's
// exported functions return, for their callers elsewhere.
func (ps *pkgState) exportRouterPrefixes(pf *prefixer) {
	for fn := range ps.decls {
		if !fn.Exported() {
			continue
		}
		if rp, ok := pf.returned(fn); ok {
			ps.pass.ExportObjectFact(fn, &rp)
		}
	}
}

// mount records a call handing another package's function a router
// under a known prefix.
func (ps *pkgState) mount(res *Result, pf *prefixer, call *ast.CallExpr, fn *types.Func) {
	sig := fn.Signature()
	for i, a := range call.Args {
		if i >= sig.Params().Len() || !isRouterType(sig.Params().At(i).Type()) {
			continue
		}
		p := pf.of(a)
		if p.relative {
			continue
		}
		// A root router ("" and no base) is a prefix too: users.Admin(r)
		// registers at the root.
		res.inv.mounts = append(res.inv.mounts, &Mount{Callee: fn, Param: i, Prefix: p.path, Base: p.base, BaseParam: p.param})
	}
}

// isRouterType reports whether t is a router a prefix call applies to: a
// named type (or pointer to one) of a framework package.
func isRouterType(t types.Type) bool {
	name := contextName(t)
	if name == "" {
		return false
	}
	return isRouterPkg(name[:strings.LastIndexByte(name, '.')])
}

// endpoint returns the declaration or literal a handler expression runs,
// in this package, and the named function, of any package: through
// conversions (http.HandlerFunc(h)), method values, and calls that wrap
// it (auth(h), h.ServeHTTP): the handler argument of a wrapper call is the
// endpoint, the wrapper's own statuses are middleware's.
func (ps *pkgState) endpoint(h ast.Expr, depth int) (ast.Node, *types.Func) {
	info := ps.pass.TypesInfo
	if depth > 4 {
		return nil, nil
	}
	switch e := ast.Unparen(h).(type) {
	case *ast.FuncLit:
		return e, nil
	case *ast.Ident, *ast.SelectorExpr:
		fn := ps.handlerFunc(e)
		if fn == nil {
			// A handler variable of this package runs what it is
			// initialized with: var usersGet = withAdmin(func(w, r, d) ...).
			if v, ok := info.Uses[selIdent(e)].(*types.Var); ok && v.Pkg() == ps.pass.Pkg && v.Parent() == v.Pkg().Scope() {
				if init := ps.initOf(v); init != nil {
					return ps.endpoint(init, depth+1)
				}
			}
			return nil, nil
		}
		if d := ps.decls[fn]; d != nil {
			return d, fn
		}
		return nil, fn
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return ps.endpoint(e.Args[0], depth+1)
		}
		// A wrapper: the last argument that is a handler — a function
		// given the response or the request — else the last that is a
		// function value. h.Web(view, levelUser): not levelUser.
		for _, handlerOnly := range []bool{true, false} {
			for i := len(e.Args) - 1; i >= 0; i-- {
				sig, ok := info.TypeOf(e.Args[i]).Underlying().(*types.Signature)
				if !ok || handlerOnly && !handlerShaped(sig) {
					continue
				}
				if n, fn := ps.endpoint(e.Args[i], depth+1); n != nil || fn != nil {
					return n, fn
				}
			}
		}
		// A constructor in this package that returns one literal:
		// r.GET("/x", h.list()).
		if fn, _ := typeutil.Callee(info, e).(*types.Func); fn != nil {
			if d := ps.decls[fn]; d != nil {
				if lit := ps.soleReturnedLit(d); lit != nil {
					return lit, nil
				}
			}
		}
	}
	return nil, nil
}

// soleReturnedLit returns the function literal d returns when every
// return of d returns that one literal.
func (ps *pkgState) soleReturnedLit(d *ast.FuncDecl) *ast.FuncLit {
	results, ok := returnedValues(d.Body)
	if !ok {
		return nil
	}
	var lit *ast.FuncLit
	for _, x := range results {
		x = ast.Unparen(x)
		// return http.HandlerFunc(func(w, r) {...})
		if conv, ok := x.(*ast.CallExpr); ok && len(conv.Args) == 1 {
			if tv, ok := ps.pass.TypesInfo.Types[conv.Fun]; ok && tv.IsType() {
				x = ast.Unparen(conv.Args[0])
			}
		}
		l, isLit := x.(*ast.FuncLit)
		if !isLit || lit != nil {
			return nil
		}
		lit = l
	}
	return lit
}

// returnedValues returns the value each return statement of body returns
// (not those of the literals in it); false when one returns several, or
// none.
func returnedValues(body *ast.BlockStmt) ([]ast.Expr, bool) {
	var out []ast.Expr
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				ok = false
			} else {
				out = append(out, n.Results[0])
			}
			return false
		}
		return ok
	})
	return out, ok
}

// joinPath appends a registered pattern to a group prefix.
func joinPath(prefix, p string) string {
	switch {
	case prefix == "":
		return p
	case p == "" || p == "/":
		if p == "/" && !strings.HasSuffix(prefix, "/") {
			return prefix + "/"
		}
		return prefix
	case strings.HasSuffix(prefix, "/") && strings.HasPrefix(p, "/"):
		return prefix + p[1:]
	case !strings.HasSuffix(prefix, "/") && !strings.HasPrefix(p, "/"):
		return prefix + "/" + p
	}
	return prefix + p
}

// prefix is what the model knows of the path prefix of a router value.
type prefix struct {
	path string
	// relative: the router comes from code the model does not follow (a
	// wrapper of another package, a field, a non-constant prefix): path is
	// what follows that unknown prefix.
	relative bool
	// base, param: the value derives from parameter param of base, an
	// exported function: its callers in other packages add their prefix.
	base  *types.Func
	param int
}

// prefixer follows router values back to the calls that made them.
type prefixer struct {
	ps      *pkgState
	defs    map[*types.Var][]ast.Expr // a variable's assigned values
	vars    map[*types.Var]prefix
	busy    map[*types.Var]bool
	params  map[*types.Var]paramOf          // function parameters, by variable
	callers map[*types.Func][]*ast.CallExpr // calls of this package's functions
	litArgs map[*types.Var]litParam         // parameters of literals a prefix call runs
	funcs   map[*types.Func]RouterPrefix    // see returned; Param -2: none
}

type paramOf struct {
	fn    *types.Func
	index int
}

type litParam struct {
	call *ast.CallExpr
	p    knowledge.Prefix
}

// scan records the definitions of the variables of the package, the
// calls of its functions and the literals prefix calls run.
func (pf *prefixer) scan() {
	info := pf.ps.pass.TypesInfo
	pf.defs = map[*types.Var][]ast.Expr{}
	pf.params = map[*types.Var]paramOf{}
	pf.callers = map[*types.Func][]*ast.CallExpr{}
	pf.litArgs = map[*types.Var]litParam{}
	for fn, d := range pf.ps.decls {
		i := 0
		for _, field := range d.Type.Params.List {
			for _, name := range field.Names {
				if v, ok := info.Defs[name].(*types.Var); ok {
					pf.params[v] = paramOf{fn, i}
				}
				i++
			}
			if len(field.Names) == 0 {
				i++
			}
		}
	}
	for c := range pf.ps.ins.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CallExpr)(nil)) {
		switch n := c.Node().(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					if v, ok := info.ObjectOf(id).(*types.Var); ok {
						pf.defs[v] = append(pf.defs[v], n.Rhs[i])
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) != len(n.Values) {
				continue
			}
			for i, id := range n.Names {
				if v, ok := info.Defs[id].(*types.Var); ok {
					pf.defs[v] = append(pf.defs[v], n.Values[i])
				}
			}
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			if fn == nil {
				continue
			}
			if fn.Pkg() == pf.ps.pass.Pkg {
				pf.callers[fn] = append(pf.callers[fn], n)
				continue
			}
			p, ok := knowledge.LookupPrefix(fn.Origin().FullName())
			if !ok || p.FuncArg < 0 || p.FuncArg >= len(n.Args) {
				continue
			}
			if lit, ok := ast.Unparen(n.Args[p.FuncArg]).(*ast.FuncLit); ok && len(lit.Type.Params.List) > 0 && len(lit.Type.Params.List[0].Names) > 0 {
				if v, ok := info.Defs[lit.Type.Params.List[0].Names[0]].(*types.Var); ok {
					pf.litArgs[v] = litParam{n, p}
				}
			}
		}
	}
}

// of returns the prefix of the router value e.
func (pf *prefixer) of(e ast.Expr) prefix {
	if e == nil {
		return prefix{}
	}
	if pf.defs == nil {
		pf.scan()
	}
	info := pf.ps.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok {
			return prefix{relative: true}
		}
		return pf.ofVar(v)
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, e).(*types.Func)
		if fn == nil || fn.Pkg() == nil {
			return prefix{relative: true}
		}
		p, ok := knowledge.LookupPrefix(fn.Origin().FullName())
		if !ok || p.FuncArg >= 0 {
			if rp, ok := pf.returned(fn); ok {
				// web.APIGroup(r): a wrapper whose returned router's
				// prefix its fact, or its body, says.
				base := prefix{}
				if rp.Param >= 0 {
					if rp.Param >= len(e.Args) {
						return prefix{relative: true}
					}
					base = pf.of(e.Args[rp.Param])
				}
				base.path = joinPath(base.path, rp.Prefix)
				return base
			}
			if isRouterPkg(fn.Pkg().Path()) {
				return prefix{} // a new router (gin.New(), chi.NewRouter())
			}
			return prefix{relative: true} // a wrapper: r.AttachGroup("api")
		}
		return pf.under(pf.of(pf.routerOf(e, fn, p.RouterArg)), e, p)
	case *ast.SelectorExpr:
		// A framework's own field is its root router (pocketbase's
		// se.Router); another field (s.router) has the prefix of
		// wherever it was set.
		if sel, ok := info.Selections[e]; ok && sel.Kind() == types.FieldVal {
			if f := sel.Obj(); f.Pkg() != nil && isRouterPkg(f.Pkg().Path()) {
				return prefix{}
			}
		}
		return prefix{relative: true}
	}
	return prefix{relative: true}
}

// routerOf returns the router a call derives from: a method's receiver,
// or argument arg of a function (huma.NewGroup(api, "/v1")); nil for the
// package's own (net/http's DefaultServeMux).
func (pf *prefixer) routerOf(call *ast.CallExpr, fn *types.Func, arg int) ast.Expr {
	if fn.Signature().Recv() != nil {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return sel.X
		}
		return nil
	}
	if arg >= 0 && arg < len(call.Args) && arg < fn.Signature().Params().Len() && isRouterType(fn.Signature().Params().At(arg).Type()) {
		return call.Args[arg]
	}
	return nil
}

// under is the prefix of what call p makes from a router with prefix base.
func (pf *prefixer) under(base prefix, call *ast.CallExpr, p knowledge.Prefix) prefix {
	if p.PathArg < 0 {
		return base
	}
	if p.Variadic {
		switch {
		case call.Ellipsis.IsValid() || len(call.Args) > p.PathArg+1:
			// A router under each of several prefixes: one path cannot
			// say which.
			return prefix{relative: true}
		case len(call.Args) == p.PathArg:
			return base
		}
	}
	if p.PathArg >= len(call.Args) {
		return prefix{relative: true}
	}
	s := constString(pf.ps.pass.TypesInfo, call.Args[p.PathArg])
	if s == "" && !isEmptyString(pf.ps.pass.TypesInfo, call.Args[p.PathArg]) {
		// router.Group(conf.BaseUri("/api/v1")): what follows is known.
		return prefix{relative: true}
	}
	base.path = joinPath(base.path, s)
	return base
}

func (pf *prefixer) ofVar(v *types.Var) prefix {
	if p, ok := pf.vars[v]; ok {
		return p
	}
	if pf.busy[v] {
		return prefix{relative: true}
	}
	pf.busy[v] = true
	defer delete(pf.busy, v)
	var p prefix
	switch {
	case pf.litArgs[v].call != nil:
		la := pf.litArgs[v]
		var recv ast.Expr
		if sel, ok := ast.Unparen(la.call.Fun).(*ast.SelectorExpr); ok {
			recv = sel.X
		}
		p = pf.under(pf.of(recv), la.call, la.p)
	case pf.params[v].fn != nil:
		po := pf.params[v]
		calls := pf.callers[po.fn]
		switch {
		case po.fn.Exported() || len(calls) == 0 && po.fn.Signature().Recv() != nil:
			// Called from other packages (or through an interface): the
			// callers' prefix, which Mounts record.
			p = prefix{base: po.fn, param: po.index}
		case len(calls) == 0:
			p = prefix{relative: true}
		}
		if p != (prefix{}) {
			break
		}
		first := true
		for _, call := range calls {
			if po.index >= len(call.Args) {
				p = prefix{relative: true}
				break
			}
			q := pf.of(call.Args[po.index])
			if !first && q != p {
				p = prefix{relative: true}
				break
			}
			p, first = q, false
		}
	default:
		defs := pf.defs[v]
		if len(defs) == 1 {
			p = pf.of(defs[0])
		} else {
			p = prefix{relative: true}
		}
	}
	pf.vars[v] = p
	return p
}

// unknownReturns records, for each function that returns its errors to a
// framework's error handler, the returns of a non-nil error the model
// made no event of: the status is the error handler's choice.
func (ps *pkgState) unknownReturns(res *Result) {
	info := ps.pass.TypesInfo
	for _, f := range res.funcs {
		sig := f.info.sig
		if sig.Results().Len() != 1 || !returnsError(sig) {
			continue
		}
		w := f.info.soleWriter()
		if w == nil || !knowledge.FrameworkOf(contextName(w.Type())).WritesReturnedErrors() {
			continue
		}
		var body *ast.BlockStmt
		switch n := f.Node.(type) {
		case *ast.FuncDecl:
			body = n.Body
		case *ast.FuncLit:
			body = n.Body
		}
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) != 1 || isNilIdent(info, n.Results[0]) {
					return false
				}
				for _, ev := range f.Events {
					if ev.Call != nil && n.Pos() <= ev.Call.Pos() && ev.Call.End() <= n.End() {
						return false
					}
				}
				if res.inv.returns == nil {
					res.inv.returns = map[*Func][]token.Pos{}
				}
				res.inv.returns[f] = append(res.inv.returns[f], n.Results[0].Pos())
				return false
			}
			return true
		})
	}
}

// ReturnedHandler returns the handler literal a declaration of this
// package returns (func NewCreateUser(st *Store) http.HandlerFunc { return
// func(w, r) {...} }), nil when it returns none, or several.
func (r *Result) ReturnedHandler(d *ast.FuncDecl) *Func { return r.inv.returned[d] }

// returnedHandlers records the literal each declaration returns.
func (ps *pkgState) returnedHandlers(res *Result) {
	for _, d := range ps.decls {
		if d.Type.Results == nil || len(d.Type.Results.List) != 1 {
			continue
		}
		if t := ps.pass.TypesInfo.TypeOf(d.Type.Results.List[0].Type); t == nil {
			continue
		} else if _, ok := t.Underlying().(*types.Signature); !ok {
			continue
		}
		if lit := ps.soleReturnedLit(d); lit != nil {
			if f := ps.funcs[lit]; f != nil && f.acts() {
				if res.inv.returned == nil {
					res.inv.returned = map[*ast.FuncDecl]*Func{}
				}
				res.inv.returned[d] = f
			}
		}
	}
}

// sameCallStatus reports whether the call of a body event also writes a
// status: the body goes out with it.
func sameCallStatus(f *Func, body *Event) bool {
	for _, ev := range f.Events {
		if ev.Kind == WriteStatus && ev.Call == body.Call && ev.Writer == body.Writer {
			return true
		}
	}
	return false
}

// paramRoute records a call of a function-valued parameter that may
// register a route: its handler argument is the last one.
func (ps *pkgState) paramRoute(res *Result, pf *prefixer, call *ast.CallExpr, v *types.Var) {
	if len(call.Args) < 2 {
		return
	}
	if pf.defs == nil {
		pf.scan()
	}
	po, ok := pf.params[v]
	if !ok {
		return
	}
	info := ps.pass.TypesInfo
	h := call.Args[len(call.Args)-1]
	if _, ok := info.TypeOf(h).Underlying().(*types.Signature); !ok {
		return
	}
	node, hfn := ps.endpoint(h, 0)
	if node == nil && hfn == nil {
		return
	}
	args := make([]string, len(call.Args))
	for i, a := range call.Args {
		args[i] = constString(info, a)
	}
	res.inv.routes = append(res.inv.routes, &Route{Call: call, Handler: h, Func: hfn, Node: node, Via: po.fn, ViaParam: po.index, Args: args})
}

// registrars records the arguments of a call that are a router's
// registration method as a value (apiGroup.Handle, or a variable holding
// it).
func (ps *pkgState) registrars(res *Result, pf *prefixer, call *ast.CallExpr, fn *types.Func) {
	info := ps.pass.TypesInfo
	for i, a := range call.Args {
		if _, ok := info.TypeOf(a).Underlying().(*types.Signature); !ok {
			continue
		}
		x := ast.Unparen(a)
		if id, ok := x.(*ast.Ident); ok {
			if pf.defs == nil {
				pf.scan()
			}
			v, _ := info.Uses[id].(*types.Var)
			if defs := pf.defs[v]; len(defs) == 1 {
				x = ast.Unparen(defs[0])
			}
		}
		sel, ok := x.(*ast.SelectorExpr)
		if !ok {
			continue
		}
		if s, ok := info.Selections[sel]; !ok || s.Kind() != types.MethodVal {
			continue
		}
		m, _ := info.Uses[sel.Sel].(*types.Func)
		if m == nil || m.Pkg() == nil {
			continue
		}
		rt, ok := knowledge.LookupRoute(m.Pkg().Path(), m.Name(), func() string { return m.Origin().FullName() })
		if !ok || rt.Chained != nil || rt.Presets != nil || rt.Handler < 1 {
			continue
		}
		p := pf.of(sel.X)
		r := &Registrar{Callee: fn, Param: i, Methods: rt.Methods, MethodArg: -1, PathArg: rt.Handler - 1, Prefix: p.path, Relative: p.relative, Base: p.base, BaseParam: p.param}
		if rt.Methods == nil {
			if rt.MethodArg < 0 {
				continue // a pattern that names the method: not through a value
			}
			r.MethodArg = rt.MethodArg
		}
		res.inv.registrars = append(res.inv.registrars, r)
	}
}

// isRouterPkg reports whether a package makes routers: a call into it that
// is no prefix call makes a new one (gin.New(), chi.NewRouter()).
func isRouterPkg(path string) bool {
	return knowledge.IsFrameworkPkg(path) || strings.HasPrefix(path, "github.com/go-chi/chi") ||
		path == "github.com/gorilla/mux" || path == "github.com/julienschmidt/httprouter"
}

// handlerShaped reports whether a function of signature sig is given a
// response or a request: a handler, not an option or a predicate.
func handlerShaped(sig *types.Signature) bool {
	if writerParam(sig) >= 0 {
		return true
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if isRequestType(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}
