package response

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"golang.org/x/tools/go/types/typeutil"
)

// resolveOrigin finds where the error tested by g came from: what the
// condition itself says, the sentinel or error type it names, or else the
// definitions of the error variable that reach the condition. It runs
// inside the model's pass only (see Func.freeze).
func (f *funcInfo) resolveOrigin(g *Guard) Origin {
	if g == nil {
		return Origin{}
	}
	if g.resolved {
		return g.origin
	}
	g.resolved = true // breaks cycles through parents
	o := f.guardOrigin(g)
	if o.Kind == knowledge.OriginUnknown && g.parent != nil && g.errVar != nil && g.parent.errVar == g.errVar {
		o = f.resolveOrigin(g.parent)
	}
	g.origin = o
	return o
}

func (f *funcInfo) guardOrigin(g *Guard) Origin {
	if g.kind != knowledge.OriginUnknown {
		return Origin{Kind: g.kind, What: types.ExprString(g.Cond), Node: g.Cond}
	}
	if g.sentinel != nil {
		name := g.sentinel.Name()
		if g.sentinel.Pkg() != nil {
			name = g.sentinel.Pkg().Name() + "." + name
		}
		q := qualifiedName(g.sentinel)
		if k := knowledge.SentinelOrigin(q, g.sentinel.Name()); k != knowledge.OriginUnknown && f.trustName(k, q, g) {
			if k == knowledge.OriginInvalid && knowledge.ByName(q) && f.urlOnly(nil, g) {
				k = knowledge.OriginMalformed
			}
			return Origin{Kind: k, What: name, Node: g.Cond}
		}
	}
	if g.errType != nil {
		t := g.errType
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			if k := knowledge.TypeOrigin(qualifiedName(n.Obj()), n.Obj().Name()); k != knowledge.OriginUnknown && f.trustName(k, qualifiedName(n.Obj()), g) {
				return Origin{Kind: k, What: types.TypeString(g.errType, types.RelativeTo(f.pkg.pass.Pkg)), Node: g.Cond}
			}
		}
	}
	if g.errVar != nil {
		anchor := ast.Node(g.Cond)
		if anchor == nil {
			anchor = f.anchorAt(g.start)
		}
		if anchor != nil {
			// An origin conditional on a parameter (decode.From(body, &v)
			// with body this function's parameter) is not known here.
			// A client-side origin known only from a sentinel's name,
			// assigned in this function: nothing says the client caused it.
			if o, _ := f.varOrigin(g.errVar, anchor, 0); o.param < 0 && !(o.weak && o.Kind.Client()) {
				return o.Origin
			}
		}
	}
	return Origin{}
}

// serverFault reports whether every error reaching the test of g comes
// from a call the knowledge says fails by the server's own fault, given
// nothing of the request: a sentinel, an error type or a wrapped error
// says nothing of the kind, and neither does a helper's error.
func (f *funcInfo) serverFault(g *Guard) bool {
	if g.errVar == nil || g.sentinel != nil || g.errType != nil || g.kind != knowledge.OriginUnknown {
		return false
	}
	anchor := ast.Node(g.Cond)
	if anchor == nil {
		anchor = f.anchorAt(g.start)
	}
	if anchor == nil {
		return false
	}
	defs, ok := f.reaching(g.errVar, anchor)
	if !ok || len(defs) == 0 {
		return false
	}
	info := f.pkg.pass.TypesInfo
	for _, d := range defs {
		if d.node == nil || d.rhs == nil || d.tuple == tupleRange {
			return false
		}
		call, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
		if !ok {
			return false
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil || knowledge.ServerFailure(fn.FullName()) == "" {
			return false
		}
		for _, a := range call.Args {
			if isNamed(info.TypeOf(a), "net/http", "ResponseWriter") {
				continue // where it writes: tmpl.Execute(w, data)
			}
			if fromReq, param := f.inputOf(a, 0); fromReq || param >= 0 {
				return false // the client's input, or a caller's, may be why
			}
		}
	}
	return true
}

// anchorAt returns the first CFG node at or after pos.
func (f *funcInfo) anchorAt(pos token.Pos) ast.Node {
	var best ast.Node
	for n := range f.loc {
		if n.Pos() >= pos && (best == nil || n.Pos() < best.Pos()) {
			best = n
		}
	}
	return best
}

// errOrigin is the origin of an error value, possibly conditional on a
// parameter of the function: "client input if param 0 is request input".
type errOrigin struct {
	Origin
	param int  // >= 0: the origin holds only if this parameter is request input
	fresh bool // a newly made error (errors.New, fmt.Errorf without %w): no origin of its own
	weak  bool // the origin comes from an error's name alone (see knowledge.ByName)
	isNil bool
}

const maxDepth = 4

// varOrigin is the origin shared by every definition of v reaching at.
func (f *funcInfo) varOrigin(v *types.Var, at ast.Node, depth int) (errOrigin, bool) {
	defs, ok := f.reaching(v, at)
	if !ok || len(defs) == 0 {
		return errOrigin{param: -1}, false
	}
	var res errOrigin
	first := true
	for _, d := range defs {
		var o errOrigin
		switch {
		case d.node == nil || d.rhs == nil || d.tuple == tupleRange:
			return errOrigin{param: -1}, false
		default:
			o = f.exprOrigin(d.rhs, d.tuple, d.node, depth+1)
		}
		if o.isNil {
			continue
		}
		if first {
			res, first = o, false
			continue
		}
		if o.Kind != res.Kind || o.param != res.param {
			return errOrigin{param: -1}, false
		}
	}
	if first {
		return errOrigin{param: -1, isNil: true}, true
	}
	return res, res.Kind != knowledge.OriginUnknown
}

// exprOrigin is the origin of the error in e (result tuple of a call, or -1),
// evaluated at the CFG node at.
func (f *funcInfo) exprOrigin(e ast.Expr, tuple int, at ast.Node, depth int) errOrigin {
	unknown := errOrigin{param: -1}
	if depth > maxDepth {
		return unknown
	}
	info := f.pkg.pass.TypesInfo
	e = ast.Unparen(e)
	if isNilIdent(info, e) {
		return errOrigin{param: -1, isNil: true}
	}
	// return store.ErrNotFound: a sentinel says what it is.
	if obj := f.sentinelObj(e); obj != nil && tuple < 0 {
		if k := knowledge.SentinelOrigin(qualifiedName(obj), obj.Name()); k != knowledge.OriginUnknown {
			return errOrigin{Origin: Origin{Kind: k, What: obj.Pkg().Name() + "." + obj.Name(), Node: e}, param: -1, weak: knowledge.ByName(qualifiedName(obj))}
		}
		return unknown
	}
	switch e := e.(type) {
	case *ast.Ident:
		if v := f.localVar(e); v != nil && tuple < 0 {
			o, _ := f.varOrigin(v, at, depth)
			return o
		}
	case *ast.CompositeLit, *ast.UnaryExpr:
		return errOrigin{param: -1, fresh: true}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, e).(*types.Func)
		if fn == nil {
			// render.Decode(r, &v): a package-level variable holding a
			// function, known by its qualified name.
			if v, ok := typeutil.Callee(info, e).(*types.Var); ok {
				if p, ok := knowledge.LookupProducer(pkgVarName(v)); ok {
					return f.producerOrigin(e, p, depth)
				}
			}
			return unknown
		}
		switch fn.FullName() {
		case "errors.New":
			return errOrigin{param: -1, fresh: true}
		case "fmt.Errorf":
			// Wrapping with %w keeps the origin of the wrapped error.
			if w := wrapped(info, e); w != nil {
				return f.exprOrigin(w, -1, at, depth+1)
			}
			return errOrigin{param: -1, fresh: true}
		}
		return f.callOrigin(e, fn, depth)
	}
	return unknown
}

// wrapped returns the argument of fmt.Errorf formatted with %w, if exactly one.
func wrapped(info *types.Info, call *ast.CallExpr) ast.Expr {
	if len(call.Args) < 2 {
		return nil
	}
	tv := info.Types[call.Args[0]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil
	}
	format := constant.StringVal(tv.Value)
	if strings.Count(format, "%w") != 1 {
		return nil
	}
	// Count verbs before %w to find its argument.
	idx := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			i++
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[j]) >= 0 {
			j++
		}
		if j < len(format) && format[j] == 'w' {
			if 1+idx < len(call.Args) {
				return call.Args[1+idx]
			}
			return nil
		}
		idx++
	}
	return nil
}

// callOrigin is the origin of the error returned by a call to fn.
func (f *funcInfo) callOrigin(call *ast.CallExpr, fn *types.Func, depth int) errOrigin {
	unknown := errOrigin{param: -1}
	what := func(s string) Origin { return Origin{What: s, Node: call} }
	if p, ok := knowledge.LookupProducer(fn.FullName()); ok {
		return f.producerOrigin(call, p, depth)
	}
	// A Validate() method on the request type: well-formed input that is
	// not valid. (Its result may be error-like rather than error: a
	// localized error whose Error method returns one.)
	if sig := fn.Signature(); sig.Recv() != nil && (fn.Name() == "Validate" || fn.Name() == "Valid") && sig.Results().Len() == 1 &&
		(returnsError(sig) || errorLike(sig.Results().At(0).Type())) {
		o := errOrigin{Origin: what("validating the request"), param: -1}
		o.Kind = knowledge.OriginInvalid
		if f.urlOnly(call, nil) {
			// Values of the URL, a header or a cookie: malformed.
			o.Kind = knowledge.OriginMalformed
		}
		return o
	}
	// A helper whose errors have a known origin (a fact, from any package).
	if fact := f.pkg.errorOriginOf(fn); fact != nil {
		// An origin the helper's errors have by name only holds when
		// the call is given something the client sent: a store's
		// ErrInvalidWindow about values the server computed is not.
		if fact.Weak && fact.Origin.Client() && !f.callTakesInput(call, depth) {
			return unknown
		}
		o := errOrigin{Origin: what(fact.What), param: -1}
		o.Kind = fact.Origin
		if fact.Weak && o.Kind == knowledge.OriginInvalid && f.urlOnly(call, nil) {
			o.Kind = knowledge.OriginMalformed
		}
		if fact.Param < 0 {
			return o
		}
		args := call.Args
		if fact.Param < len(args) {
			return f.withInput(o, args[fact.Param], depth)
		}
	}
	return unknown
}

// withInput makes o conditional on e being request input.
func (f *funcInfo) withInput(o errOrigin, e ast.Expr, depth int) errOrigin {
	fromReq, param := f.inputOf(e, depth)
	switch {
	case fromReq:
		return o
	case param >= 0:
		o.param = param
		return o
	}
	return errOrigin{param: -1}
}

// inputOf reports whether e is derived from the request (r.Body,
// r.PathValue("id"), a local assigned from one), or else from which
// parameter of f it is derived (-1 for none).
func (f *funcInfo) inputOf(e ast.Expr, depth int) (fromRequest bool, param int) {
	param = -1
	if depth > maxDepth {
		return false, -1
	}
	info := f.pkg.pass.TypesInfo
	ast.Inspect(e, func(n ast.Node) bool {
		if fromRequest {
			return false
		}
		id, ok := n.(*ast.Ident)
		if !ok {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				return !notInput(info, n)
			}
			return true
		}
		obj, ok := info.Uses[id].(*types.Var)
		if !ok || obj.IsField() || isHTTPResponse(obj.Type()) {
			return true
		}
		// The handler's request (or a closure's view of it) is what the
		// client sent; a local *http.Request may be an outbound one, so it
		// counts only through what it was made from.
		if isRequestType(obj.Type()) && (obj.Kind() == types.ParamVar || obj.Kind() == types.RecvVar) {
			fromRequest = true
			return false
		}
		if i, ok := f.params[obj]; ok {
			if param < 0 {
				param = i
			}
			return true
		}
		if v := f.localVar(id); v != nil {
			// var req T; json.NewDecoder(r.Body).Decode(&req): filled
			// from the request through its address.
			if f.filledFromRequest(v, depth) {
				fromRequest = true
				return false
			}
			vd := f.varDefs(v)
			if !vd.ok {
				return true
			}
			for _, d := range vd.defs[1:] {
				if d.rhs == nil {
					continue
				}
				r, p := f.inputOf(d.rhs, depth+1)
				if r {
					fromRequest = true
					return false
				}
				if p >= 0 && param < 0 {
					param = p
				}
			}
		}
		return true
	})
	return fromRequest, param
}

// notInput reports whether the value of call carries nothing the client
// sent, whatever its arguments: a context.Context (it carries the server's
// values, not the request's), what the server stored in the request or its
// context (a verified token's claims), the result of a call that receives a
// context (a database, cache or RPC call: stored or remote data, even when
// looked up by a client's key) unless it returns the request again, and an
// outbound call's *http.Response.
func notInput(info *types.Info, call *ast.CallExpr) bool {
	if isContextType(info.TypeOf(call)) {
		return true
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return false
	}
	if knowledge.ServerValue(fn.FullName()) {
		return true
	}
	sig := fn.Signature()
	// r.WithContext(ctx) and r.Clone(ctx) are still the client's request.
	if isRequestType(info.TypeOf(call)) {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if isContextType(sig.Params().At(i).Type()) {
			return true
		}
	}
	for i := 0; i < sig.Results().Len(); i++ {
		if isHTTPResponse(sig.Results().At(i).Type()) {
			return true
		}
	}
	return false
}

// computeErrorOrigin summarises the errors a function returns: a fact when
// every error it returns that has an origin of its own has the same
// client-side origin (fresh errors made with errors.New are allowed along).
func (f *funcInfo) computeErrorOrigin() *ErrorOrigin {
	if !returnsError(f.sig) {
		return nil
	}
	n := f.sig.Results().Len()
	var res *errOrigin
	ok := true
	ast.Inspect(f.body, func(node ast.Node) bool {
		if !ok {
			return false
		}
		switch node := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(node.Results) != n {
				ok = false // bare return of named results, or a call returning all
				return false
			}
			if _, live := f.loc[node]; !live {
				return false
			}
			o := f.exprOrigin(node.Results[n-1], -1, node, 0)
			switch {
			case o.isNil || o.fresh:
			case o.Kind == knowledge.OriginUnknown:
				ok = false
			case res == nil:
				res = &o
			case res.Kind != o.Kind || res.param != o.param:
				ok = false
			default:
				res.weak = res.weak && o.weak // one strong return makes it strong
			}
		}
		return true
	})
	if !ok || res == nil || !(res.Kind.Client() || res.Kind == knowledge.OriginConflict || res.Kind == knowledge.OriginNotFound) {
		return nil
	}
	return &ErrorOrigin{Origin: res.Kind, Param: res.param, What: res.What, Weak: res.weak}
}

// trustName reports whether the origin k that the name q gives the error
// tested by g can be believed: always when a table names the error, or when
// it is not the client's fault; a client-side origin from a name alone only
// when the error comes from a call given something the client sent.
func (f *funcInfo) trustName(k knowledge.Origin, q string, g *Guard) bool {
	if !k.Client() || !knowledge.ByName(q) {
		return true
	}
	defs, ok := f.errDefs(g)
	if !ok || len(defs) == 0 {
		return false
	}
	for _, d := range defs {
		call, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
		if d.rhs == nil || !ok || !f.callTakesInput(call, 0) {
			return false
		}
	}
	return true
}

// errDefs returns the definitions of g's error variable that reach its
// condition (or the start of its branch).
func (f *funcInfo) errDefs(g *Guard) ([]def, bool) {
	if g.errVar == nil {
		return nil, false
	}
	anchor := ast.Node(g.Cond)
	if anchor == nil {
		anchor = f.anchorAt(g.start)
	}
	if anchor == nil {
		return nil, false
	}
	return f.reaching(g.errVar, anchor)
}

// urlOnly reports whether the call that failed (the definition of g's
// error, or call itself) was given request input from the URL only: its
// path, its query, a route parameter. A value there that fails a check
// makes the request malformed, not a body that decoded and failed
// validation: 400 fits, not 422.
func (f *funcInfo) urlOnly(call *ast.CallExpr, g *Guard) bool {
	if call == nil && g != nil {
		defs, ok := f.errDefs(g)
		if !ok || len(defs) != 1 || defs[0].rhs == nil {
			return false
		}
		call, _ = ast.Unparen(defs[0].rhs).(*ast.CallExpr)
	}
	if call == nil {
		return false
	}
	var exprs []ast.Expr
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := f.pkg.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodVal {
			exprs = append(exprs, sel.X)
		}
	}
	exprs = append(exprs, call.Args...)
	url, body := false, false
	for _, e := range exprs {
		f.inputParts(e, &url, &body, 0)
	}
	return url && !body
}

// inputParts notes whether e holds request input from outside its content
// — the URL (r.URL, r.PathValue, c.Param, c.Query, chi.URLParam,
// mux.Vars), a header or a cookie — or from the content the client writes
// (the body, a form). A value of the first kind that fails a check makes
// the request malformed (a Timeout header that does not parse); 422 is
// about content that parsed.
func (f *funcInfo) inputParts(e ast.Expr, url, body *bool, depth int) {
	if depth > maxDepth {
		*body = true // not followed: assume the worst
		return
	}
	info := f.pkg.pass.TypesInfo
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SelectorExpr:
			if isRequestType(info.TypeOf(n.X)) {
				switch n.Sel.Name {
				case "URL", "RequestURI", "Pattern", "Header", "Cookies", "Cookie":
					*url = true
					return false
				case "Body", "Form", "PostForm", "MultipartForm", "Trailer":
					*body = true
					return false
				}
			}
		case *ast.CallExpr:
			if fn, ok := info.Uses[selIdent(n.Fun)].(*types.Func); ok {
				switch fn.Name() {
				case "PathValue", "Param", "Params", "ParamValues", "Query", "QueryParam", "QueryParams", "DefaultQuery", "GetQuery", "QueryArray", "QueryMap", "URLParam", "URLParamFromCtx", "Vars", "ByName", "PathParam", "QueryString", "GetHeader", "Cookie":
					*url = true
					return false
				}
			}
		case *ast.Ident:
			if v := f.localVar(n); v != nil {
				if f.filledFromRequest(v, depth) {
					*body = true // decoded from it through its address
					return false
				}
				vd := f.varDefs(v)
				if !vd.ok {
					return true
				}
				for _, d := range vd.defs[1:] {
					if d.rhs != nil {
						f.inputParts(d.rhs, url, body, depth+1)
					} else if x := f.assignments().ranged[d.node]; x != nil {
						// for _, s := range strings.Split(c.Query("ids"), ","):
						// an element is input of the kind its list is.
						f.inputParts(x, url, body, depth+1)
					}
				}
				return false
			}
			if obj, ok := info.Uses[n].(*types.Var); ok && isRequestType(obj.Type()) {
				*body = true // the request as a whole
			}
		}
		return true
	})
}

// callTakesInput reports whether call is given something derived from the
// request: as an argument, or as the receiver of a method.
func (f *funcInfo) callTakesInput(call *ast.CallExpr, depth int) bool {
	info := f.pkg.pass.TypesInfo
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal {
			if r, _ := f.inputOf(sel.X, depth+1); r {
				return true
			}
		}
	}
	for _, a := range call.Args {
		if r, _ := f.inputOf(a, depth+1); r {
			return true
		}
	}
	return false
}

// filledFromRequest reports whether the address of v is given to a call
// whose receiver or other arguments come from the request: the target of
// json.NewDecoder(r.Body).Decode(&v), c.ShouldBindJSON(&v).
func (f *funcInfo) filledFromRequest(v *types.Var, depth int) bool {
	if r, ok := f.filled[v]; ok {
		return r
	}
	if depth > maxDepth {
		return false
	}
	if f.filled == nil {
		f.filled = make(map[*types.Var]bool)
	}
	f.filled[v] = false // a cycle through v finds nothing more
	r := f.walkFilled(v, depth)
	f.filled[v] = r
	return r
}

// walkFilled is filledFromRequest's walk of the body, done once per variable.
func (f *funcInfo) walkFilled(v *types.Var, depth int) bool {
	info := f.pkg.pass.TypesInfo
	found := false
	ast.Inspect(f.body, func(n ast.Node) bool {
		if found {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		takes := false
		for _, a := range call.Args {
			if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
				if id, ok := ast.Unparen(u.X).(*ast.Ident); ok && info.Uses[id] == v {
					takes = true
				}
			}
		}
		if !takes || notInput(info, call) {
			return true
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				if r, _ := f.inputOf(sel.X, depth+1); r {
					found = true
					return false
				}
			}
		}
		for _, a := range call.Args {
			if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
				continue
			}
			if r, _ := f.inputOf(a, depth+1); r {
				found = true
				return false
			}
		}
		return true
	})
	return found
}

// producerOrigin is the origin of the error a known producer returns.
func (f *funcInfo) producerOrigin(call *ast.CallExpr, p knowledge.Producer, depth int) errOrigin {
	o := errOrigin{Origin: Origin{What: p.What, Node: call}, param: -1}
	o.Kind = p.Origin
	switch {
	case p.Input == knowledge.AnyInput:
		return o
	case p.Input == knowledge.RecvIn:
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return errOrigin{param: -1}
		}
		return f.withInput(o, sel.X, depth)
	case p.Input < len(call.Args):
		return f.withInput(o, call.Args[p.Input], depth)
	}
	return errOrigin{param: -1}
}
