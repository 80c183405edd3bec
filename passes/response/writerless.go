package response

// Handlers without a writer answer with what they return: huma's
// func(ctx, *In) (*Out, error), written by huma with the output's status
// and header fields or the returned error's status; an oapi-codegen strict
// server's func(ctx, Req) (GetUserResponseObject, error), whose returned
// GetUser401JSONResponse writes itself in its VisitGetUserResponse(w).
//
// Such a handler's response is a synthetic variable, one per handler, of
// the type the framework writes the result through (huma.Context,
// http.ResponseWriter): the events at its return statements act on it as
// a writer's act on the writer, so the dataflow and every rule read them
// unchanged. Event.Result says an event is one.

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"golang.org/x/tools/go/types/typeutil"
)

// A ResultResponse is what an event on a handler's returned response is
// about.
type ResultResponse struct {
	// Typed is the response type whose method writes the response (a
	// strict server's GetUser401JSONResponse), nil for huma.
	Typed *types.TypeName
	// Generated: the typed response's method is generated code, from a
	// spec: what it lacks is declared there, not written by hand.
	Generated bool
	// Error: the event comes from a returned error, not from an output.
	Error bool
	// results is huma's knowledge, nil for a typed response.
	results *knowledge.Results
	// byRoute: the status is the registration's default, which differs
	// between the handler's registrations (see Send.ByRoute); body: the
	// output has a body.
	byRoute, body bool
}

// Result returns what e acts on when it is the returned response of a
// handler without a writer, or nil when it acts on a writer.
func (e *Event) Result() *ResultResponse { return e.result }

// idioms say how a fix is written for an event on a returned response.
func (r *ResultResponse) idioms() knowledge.Idioms {
	switch {
	case r.results == nil:
		return knowledge.Idioms{SetHeader: "%.0[1]sdeclare the %[2]s header of this response in the spec (%[3]s)", StatusPkg: "http"}
	case r.Error:
		return r.results.ErrorIdioms
	}
	return r.results.OutputIdioms
}

// resultHandler is a handler without a writer.
type resultHandler struct {
	results *knowledge.Results // huma's; nil for a typed response handler
	w       *types.Var         // the synthetic response
	// dflt is the status an output without a status of its own goes out
	// with: the registration's DefaultStatus, unknown when the handler is
	// registered with several or not in this package.
	dflt    Status
	dfltSet bool
	// replaced: the package replaces the error constructor, so the
	// statuses and headers of returned errors are its own.
	replaced bool
}

// resultHandlers finds this package's handlers without a writer: those
// registered with a call the knowledge lists (huma.Register, huma.Get),
// functions of a handler's shape that return the framework's errors, and
// functions returning a typed response (a strict server's).
func (ps *pkgState) resultHandlers() map[ast.Node]*resultHandler {
	if ps.results != nil {
		return ps.results
	}
	ps.results = make(map[ast.Node]*resultHandler)
	info := ps.pass.TypesInfo
	replaced := map[*knowledge.Results]bool{}
	type reg struct {
		results *knowledge.Results
		status  *Status // nil: unknown
	}
	regs := map[ast.Node][]reg{}
	for c := range ps.ins.Root().Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil)) {
		if as, ok := c.Node().(*ast.AssignStmt); ok {
			// huma.NewError = func(...) huma.StatusError {...}
			for _, lhs := range as.Lhs {
				if id := selIdent(lhs); id != nil {
					if v, ok := info.Uses[id].(*types.Var); ok {
						if r := knowledge.ResultsReplaceable(pkgVarName(v)); r != nil {
							replaced[r] = true
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
		results, rt, ok := knowledge.LookupResultRoute(fn.FullName())
		if !ok || rt.Handler >= len(call.Args) {
			continue
		}
		n := ps.handlerNode(call.Args[rt.Handler])
		if n == nil {
			continue
		}
		r := reg{results: results}
		switch {
		case rt.Operation == knowledge.NoArg:
			// huma.Get(api, path, h, func(o *huma.Operation) {...}): the
			// operation handlers may change the default.
			if len(call.Args) == rt.Handler+1 {
				r.status = &Status{}
			}
		case rt.Operation < len(call.Args):
			r.status = ps.defaultStatus(call.Args[rt.Operation], results, call.Args[rt.Handler])
		}
		regs[n] = append(regs[n], r)
	}
	for n, rs := range regs {
		h := &resultHandler{results: rs[0].results, dfltSet: true}
		for i, r := range rs {
			switch {
			case r.status == nil || r.results != h.results:
				h.dfltSet = false
			case i == 0:
				h.dflt = *r.status
			case !sameStatus(h.dflt, *r.status):
				h.dfltSet = false
			}
		}
		ps.results[n] = h
	}
	for fn, d := range ps.decls {
		if _, ok := ps.results[d]; ok {
			continue
		}
		if results := ps.resultShape(fn.Signature(), d.Body); results != nil {
			ps.results[d] = &resultHandler{results: results}
		} else if typedResult(fn.Signature()) {
			ps.results[d] = &resultHandler{}
		}
	}
	for _, h := range ps.results {
		h.replaced = h.results != nil && replaced[h.results]
	}
	return ps.results
}

// sameStatus reports whether a and b hold the same codes.
func sameStatus(a, b Status) bool {
	if a.Unknown || b.Unknown || len(a.Values) != len(b.Values) {
		return false
	}
	for i := range a.Values {
		if a.Values[i].Code != b.Values[i].Code {
			return false
		}
	}
	return true
}

// defaultStatus reads the default status from a registration's operation
// literal (huma.Operation{DefaultStatus: 201}), and records its method
// as a route of the handler h: an empty Status when the literal sets none,
// nil when the operation is not a literal.
func (ps *pkgState) defaultStatus(op ast.Expr, results *knowledge.Results, h ast.Expr) *Status {
	info := ps.pass.TypesInfo
	lit := operationLit(info, op, results)
	if lit == nil {
		return nil
	}
	st := &Status{}
	for field, val := range litFields(info, lit) {
		switch field.Name() {
		case results.DefaultStatus:
			code, ok := constCode(info, val)
			if !ok {
				return nil
			}
			st.Values = []StatusValue{{Code: code, Expr: val, Const: val, param: -1}}
		case results.Method:
			if m := constString(info, val); m != "" {
				ms, n := ps.routes(), ps.handlerNode(h)
				if !contains(ms[n], m) {
					ms[n] = append(ms[n], m)
					sort.Strings(ms[n])
				}
				if fn := ps.handlerFunc(h); fn != nil {
					ps.registered[fn]++
				}
			}
		}
	}
	return st
}

// operationLit returns the operation literal a registration's operation
// argument is (huma.Operation{...}, &huma.Operation{...}), or nil.
func operationLit(info *types.Info, op ast.Expr, results *knowledge.Results) *ast.CompositeLit {
	x := ast.Unparen(op)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	lit, ok := x.(*ast.CompositeLit)
	if !ok || contextName(info.TypeOf(lit)) != results.Operation {
		return nil
	}
	return lit
}

// resultShape returns the framework of a function of a writerless
// handler's shape — func(context.Context, *In) (*Out, error) — that
// returns one of the framework's errors: a handler, though registered in
// another package.
func (ps *pkgState) resultShape(sig *types.Signature, body *ast.BlockStmt) *knowledge.Results {
	if sig.Params().Len() != 2 || sig.Results().Len() != 2 || !isContextType(sig.Params().At(0).Type()) || !returnsError(sig) {
		return nil
	}
	if !ptrToStruct(sig.Params().At(1).Type()) || !ptrToStruct(sig.Results().At(0).Type()) {
		return nil
	}
	info := ps.pass.TypesInfo
	var found *knowledge.Results
	ast.Inspect(body, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != 2 {
				return true
			}
			call, ok := ast.Unparen(n.Results[1]).(*ast.CallExpr)
			if !ok {
				return true
			}
			if name, pkg := calleeName(info, call); name != "" {
				if _, ok := knowledge.LookupReturn(name); ok {
					found = knowledge.ResultsForPkg(pkg)
				}
			}
		}
		return true
	})
	return found
}

// ptrToStruct reports whether t is a pointer to a struct.
func ptrToStruct(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	_, ok = p.Elem().Underlying().(*types.Struct)
	return ok
}

// typedResult reports whether sig returns (R, error) with R an interface
// whose one method writes a typed response: VisitGetUserResponse(w
// http.ResponseWriter) error.
func typedResult(sig *types.Signature) bool {
	if sig.Results().Len() != 2 || !returnsError(sig) {
		return false
	}
	it, ok := sig.Results().At(0).Type().Underlying().(*types.Interface)
	if !ok || it.NumMethods() != 1 {
		return false
	}
	return visitMethod(it.Method(0))
}

// visitMethod reports whether m is a typed response's method that writes
// it: Visit…(w http.ResponseWriter) error.
func visitMethod(m *types.Func) bool {
	sig := m.Signature()
	return strings.HasPrefix(m.Name(), "Visit") && sig.Params().Len() == 1 &&
		isNamed(sig.Params().At(0).Type(), "net/http", "ResponseWriter") && returnsError(sig) && sig.Results().Len() == 1
}

// resultHandler returns the handler without a writer that f is, with
// its synthetic response made, or nil if f is none.
func (f *funcInfo) resultHandler() *resultHandler {
	h := f.pkg.resultHandlers()[f.node]
	if h == nil || h.w != nil {
		return h
	}
	var t types.Type
	if h.results != nil {
		t = lookupType(f.pkg.pass.Pkg, h.results.Context)
	} else {
		t = lookupType(f.pkg.pass.Pkg, "net/http.ResponseWriter")
	}
	if t == nil {
		delete(f.pkg.results, f.node)
		return nil
	}
	h.w = types.NewVar(f.body.Pos(), f.pkg.pass.Pkg, "", t)
	return h
}

// lookupType finds the named type "pkgpath.Name" among the packages pkg
// imports, directly or not.
func lookupType(pkg *types.Package, qualified string) types.Type {
	dot := strings.LastIndexByte(qualified, '.')
	path, name := qualified[:dot], qualified[dot+1:]
	seen := map[*types.Package]bool{}
	var find func(p *types.Package) types.Type
	find = func(p *types.Package) types.Type {
		if seen[p] {
			return nil
		}
		seen[p] = true
		if p.Path() == path {
			if tn, ok := p.Scope().Lookup(name).(*types.TypeName); ok {
				return tn.Type()
			}
			return nil
		}
		for _, imp := range p.Imports() {
			if t := find(imp); t != nil {
				return t
			}
		}
		return nil
	}
	return find(pkg)
}

// resultEvents turns a return statement of a handler without a writer
// into the events its framework, or its typed response, writes. ok is
// false when the function is no such handler.
func (f *funcInfo) resultEvents(ret *ast.ReturnStmt) (evs []*Event, ok bool) {
	h := f.resultHandler()
	if h == nil {
		return nil, false
	}
	if len(ret.Results) != 2 {
		return nil, true // named results: the model does not follow them
	}
	if h.results == nil {
		evs = f.typedEvents(h, ret)
	} else if isNilIdent(f.pkg.pass.TypesInfo, ret.Results[1]) {
		evs = f.outputEvents(h, ret.Results[0])
	} else if !h.replaced {
		evs = f.errorEvents(h, ret.Results[1], ret.Results[1], ret, 0)
		for _, ev := range evs {
			ev.result.Error = true
		}
	}
	return evs, true
}

// outputEvents are what huma writes for a returned output: its header
// fields, its status, its body.
func (f *funcInfo) outputEvents(h *resultHandler, out ast.Expr) []*Event {
	info := f.pkg.pass.TypesInfo
	r := h.results
	mk := func(k Kind, at ast.Node) *Event {
		return &Event{Kind: k, Call: at, Writer: h.w, bodyParam: -1, result: &ResultResponse{results: r}}
	}
	x := ast.Unparen(out)
	if isNilIdent(info, x) {
		// return nil, nil: the default status, nothing else.
		ev := mk(WriteStatus, x)
		ev.Status = f.defaultOf(h, x, false)
		ev.result.byRoute = !h.dfltSet
		return []*Event{ev}
	}
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	st, ok := derefStruct(info.TypeOf(out))
	if !ok {
		return nil
	}
	lit, _ := x.(*ast.CompositeLit)
	set := map[string]ast.Expr{}
	if lit != nil {
		for field, val := range litFields(info, lit) {
			set[field.Name()] = val
		}
	}
	var evs []*Event
	// Header fields, in embedded structs too; empty strings are skipped.
	for _, hf := range headerFields(st, r.HeaderTag) {
		if lit == nil || hf.embedded {
			ev := mk(SetHeader, x)
			ev.Header, ev.Maybe = hf.name, true // set anywhere: unsure
			evs = append(evs, ev)
			continue
		}
		val, ok := set[hf.field]
		if !ok || isEmptyString(info, val) {
			continue
		}
		ev := mk(SetHeader, val)
		ev.Header = hf.name
		evs = append(evs, ev)
	}
	var bodyField *types.Var
	var statusField bool
	for i := 0; i < st.NumFields(); i++ {
		switch fld := st.Field(i); fld.Name() {
		case r.BodyField:
			bodyField = fld
		case r.StatusField:
			statusField = true
		}
	}
	if bodyField != nil {
		if _, isFunc := bodyField.Type().Underlying().(*types.Signature); isFunc {
			// Body func(huma.Context): the callback writes the response.
			return append(evs, mk(Opaque, x))
		}
	}
	ev := mk(WriteStatus, x)
	switch {
	case statusField && lit != nil:
		ev.Status = Status{Unknown: true}
		if v, ok := set[r.StatusField]; ok {
			ev.Status = f.evalStatus(v, x, 0)
		}
	case statusField:
		// out.Status = http.StatusCreated after out := &Out{}.
		ev.Status = f.carried(x, r.StatusField, x, 0)
	default:
		ev.Status = f.defaultOf(h, x, bodyField != nil)
		ev.result.byRoute, ev.result.body = !h.dfltSet, bodyField != nil
	}
	evs = append(evs, ev)
	if bodyField != nil {
		b := mk(WriteBody, x)
		switch v, ok := set[r.BodyField]; {
		case lit == nil:
			b.Shape = knowledge.ShapeData
		case !ok:
			b.Shape = knowledge.ShapeNil
		default:
			b.Shape, _, b.Text = f.shapeOf(v, 0)
			b.bodyArg = v
		}
		evs = append(evs, b)
	}
	return evs
}

// defaultOf is the status of an output without a status of its own: the
// registration's default, else 200 with a body and 204 without.
func (f *funcInfo) defaultOf(h *resultHandler, at ast.Expr, body bool) Status {
	if !h.dfltSet {
		return Status{Unknown: true}
	}
	if len(h.dflt.Values) > 0 {
		st := h.dflt
		st.Values = append([]StatusValue(nil), st.Values...)
		for i := range st.Values {
			// Chosen at the registration: the handler's own error path
			// says which error it answers.
			st.Values[i].Guard = nil
		}
		return st
	}
	code := 204
	if body {
		code = 200
	}
	return Status{Values: []StatusValue{{Code: code, Expr: at, Guard: f.guardAt(at.Pos()), param: -1}}}
}

// errorEvents are what huma writes for a returned error: the headers
// huma.ErrorWithHeaders attached, then the status the error carries, or
// 500 for an error of the client's input that carries none.
func (f *funcInfo) errorEvents(h *resultHandler, e, site ast.Expr, ret *ast.ReturnStmt, depth int) []*Event {
	info := f.pkg.pass.TypesInfo
	r := h.results
	if depth > maxDepth {
		return nil
	}
	mark := func(evs []*Event) []*Event {
		for _, ev := range evs {
			ev.result = &ResultResponse{results: r}
		}
		return evs
	}
	x := ast.Unparen(e)
	if id, ok := x.(*ast.Ident); ok {
		// err := huma.Error401Unauthorized("..."); return nil, err
		if v := f.localVar(id); v != nil {
			if rhs := f.defAtUse(v, id); rhs != nil {
				if _, isCall := ast.Unparen(rhs).(*ast.CallExpr); isCall {
					if evs := f.errorEvents(h, rhs, site, ret, depth+1); evs != nil {
						return evs
					}
				}
			}
		}
	}
	if call, ok := x.(*ast.CallExpr); ok {
		if name, _ := calleeName(info, call); name != "" {
			if hi, ok := r.WithHeaders[name]; ok && hi < len(call.Args) && len(call.Args) > 0 {
				var evs []*Event
				for _, name := range f.headerKeys(call.Args[hi]) {
					evs = append(evs, &Event{Kind: SetHeader, Call: call.Args[hi], Writer: h.w, Header: name, bodyParam: -1})
				}
				// The status goes with the outer call, after its headers.
				inner := f.errorEvents(h, call.Args[0], call, ret, depth+1)
				return mark(append(evs, inner...))
			}
			if rule, ok := knowledge.LookupReturn(name); ok {
				var evs []*Event
				for _, eff := range rule.Effects {
					if ev := f.effectEvent(call, h.w, eff); ev != nil {
						for i, v := range ev.Status.Values {
							if v.Expr == nil && v.param < 0 {
								ev.Status.Values[i].Expr, ev.Status.Values[i].Guard = call, f.guardAt(call.Pos())
							}
						}
						ev.Call = site
						evs = append(evs, ev)
					}
				}
				return mark(evs)
			}
		}
	}
	// Any other error: a parser's error about the client's input carries
	// no status, and huma answers it with 500.
	if fw := knowledge.FrameworkOf(r.Context); fw.UnknownErrorStatus != 0 && f.carriesNothing(x, ret) {
		v := StatusValue{Code: fw.UnknownErrorStatus, Expr: x, Guard: f.guardAt(x.Pos()), param: -1}
		return mark([]*Event{{Kind: WriteStatus, Call: site, Writer: h.w, Status: Status{Values: []StatusValue{v}}, bodyParam: -1}})
	}
	return nil
}

// calleeName returns the FullName of the function a call calls, or the
// qualified name of the package-level variable holding it (huma.NewError),
// and its package path; "" for any other call.
func calleeName(info *types.Info, call *ast.CallExpr) (name, pkg string) {
	switch fn := typeutil.Callee(info, call).(type) {
	case *types.Func:
		if fn.Pkg() != nil {
			return fn.FullName(), fn.Pkg().Path()
		}
	case *types.Var:
		if name := pkgVarName(fn); name != "" {
			return name, fn.Pkg().Path()
		}
	}
	return "", ""
}

// headerKeys returns the canonical names of an http.Header literal's keys;
// [""] (some header) when e is not a literal with constant keys.
func (f *funcInfo) headerKeys(e ast.Expr) []string {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return []string{""}
	}
	var out []string
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return []string{""}
		}
		out = append(out, f.headerName(kv.Key))
	}
	return out
}

// typedEvents are what a typed response's Visit method writes, at the
// return that chooses the type: its headers, its status, its body.
func (f *funcInfo) typedEvents(h *resultHandler, ret *ast.ReturnStmt) []*Event {
	info := f.pkg.pass.TypesInfo
	x := ret.Results[0]
	if !isNilIdent(info, ret.Results[1]) || isNilIdent(info, x) {
		return nil // the strict handler's own error handler: unknown here
	}
	t := info.TypeOf(x)
	if t == nil || types.IsInterface(t) {
		return nil
	}
	var m *types.Func
	ms := types.NewMethodSet(t)
	for i := 0; i < ms.Len(); i++ {
		if fn, ok := ms.At(i).Obj().(*types.Func); ok && visitMethod(fn) {
			m = fn
		}
	}
	if m == nil {
		return nil
	}
	rr := &ResultResponse{}
	if n, ok := types.Unalias(derefType(t)).(*types.Named); ok {
		rr.Typed = n.Obj()
	}
	mk := func(k Kind) *Event {
		return &Event{Kind: k, Call: x, Writer: h.w, Callee: m, bodyParam: -1, result: rr}
	}
	s := f.pkg.summaryOf(m)
	if s == nil || s.Opaque {
		return []*Event{mk(Opaque)}
	}
	rr.Generated = s.Generated
	var evs []*Event
	for _, name := range s.Headers {
		ev := mk(SetHeader)
		ev.Header = name
		evs = append(evs, ev)
	}
	for _, name := range s.MaybeHeaders {
		ev := mk(SetHeader)
		ev.Header, ev.Maybe = name, true
		evs = append(evs, ev)
	}
	// The method writes on every path but those that fail (a body that
	// does not encode): it returns that error, and the strict handler
	// answers it on its own. The write is the type's.
	if s.Status != Never {
		ev := mk(WriteStatus)
		switch {
		case s.StatusCode != 0:
			ev.Status = Status{Values: []StatusValue{{Code: s.StatusCode, Expr: x, Guard: f.guardAt(x.Pos()), param: -1}}}
		case len(s.Statuses) > 0:
			// GetUserdefaultJSONResponse{StatusCode: 500}: the method
			// writes a status its receiver carries.
			list := make([]carried, len(s.Statuses))
			for i, c := range s.Statuses {
				list[i] = fromFact(c)
			}
			ev.Status = f.bind(x, nil, x, m, list, x, 0)
		default:
			ev.Status = Status{Unknown: true}
		}
		evs = append(evs, ev)
	}
	if s.Body != Never {
		ev := mk(WriteBody)
		ev.Shape = knowledge.ShapeData
		// The body is the value returned, or a field of it: an empty
		// literal is an empty body.
		if lit, ok := ast.Unparen(x).(*ast.CompositeLit); ok && len(lit.Elts) == 0 {
			ev.Shape = knowledge.ShapeNil
		} else {
			ev.Shape, _, ev.Text = f.shapeOf(x, 0)
			ev.bodyArg = x
		}
		evs = append(evs, ev)
	}
	return evs
}

// derefType returns the element type of a pointer, else t.
func derefType(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// derefStruct returns the struct t is, or points to.
func derefStruct(t types.Type) (*types.Struct, bool) {
	if t == nil {
		return nil, false
	}
	st, ok := derefType(t).Underlying().(*types.Struct)
	return st, ok
}

// headerField is an output field huma sends as a header.
type headerField struct {
	field, name string
	embedded    bool // in an embedded struct
}

// headerFields returns the fields of st tagged as headers (`header:"ETag"`),
// in embedded structs too.
func headerFields(st *types.Struct, tag string) []headerField {
	var out []headerField
	var walk func(st *types.Struct, embedded bool, depth int)
	walk = func(st *types.Struct, embedded bool, depth int) {
		if depth > 3 {
			return
		}
		for i := 0; i < st.NumFields(); i++ {
			fld := st.Field(i)
			if name, ok := reflect.StructTag(st.Tag(i)).Lookup(tag); ok && name != "" && name != "-" {
				if j := strings.IndexByte(name, ','); j >= 0 {
					name = name[:j]
				}
				out = append(out, headerField{fld.Name(), canonicalHeader(name), embedded})
				continue
			}
			if fld.Embedded() {
				if inner, ok := derefStruct(fld.Type()); ok {
					walk(inner, true, depth+1)
				}
			}
		}
	}
	walk(st, false, 0)
	return out
}

// isEmptyString reports whether e is the constant "".
func isEmptyString(info *types.Info, e ast.Expr) bool {
	tv := info.Types[e]
	return tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == ""
}

// generated reports whether n is in a generated file.
func (ps *pkgState) generated(n ast.Node) bool {
	for _, file := range ps.pass.Files {
		if file.FileStart <= n.Pos() && n.Pos() < file.FileEnd {
			return ast.IsGenerated(file)
		}
	}
	return false
}

// isResult reports whether w is the synthetic response of this handler.
func (f *funcInfo) isResult(w *types.Var) bool {
	h := f.pkg.results[f.node]
	return h != nil && h.w == w
}
