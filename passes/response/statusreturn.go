package response

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/textproto"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// Handlers that return their status. A project declares
//
//	type handleFunc func(w http.ResponseWriter, r *http.Request, d *data) (int, error)
//
// and runs its handlers in a wrapper that writes the status they return:
//
//	status, err := fn(w, r, d)
//	if status != 0 { http.Error(w, http.StatusText(status), status) }
//
// A handler's `return http.StatusUnauthorized, nil` is then that write,
// at the return, with the headers the handler set before it and those
// the wrapper sets before calling it. 0 (or a status the wrapper's
// condition skips) means the handler wrote its response itself.

// statusReturn is how the wrapper of a function type writes the status
// its functions return.
type statusReturn struct {
	result  int              // the result holding the status
	write   *Event           // the wrapper's write of it
	body    *Event           // the body that write sends, if any
	headers []string         // set by the wrapper before it calls the handler
	maybe   []string         // set by it on some paths, or in a loop
	unsure  bool             // the wrapper may set headers the model cannot name
	cond    func(c int) bool // the codes the wrapper writes
}

// statusFuncType reports whether t is a named function type of this
// package taking a response writer and returning an integer status.
func (ps *pkgState) statusFuncType(t types.Type) (*types.Named, int) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != ps.pass.Pkg {
		return nil, -1
	}
	sig, ok := n.Underlying().(*types.Signature)
	if !ok || writerParam(sig) < 0 {
		return nil, -1
	}
	for i := 0; i < sig.Results().Len(); i++ {
		if isInteger(sig.Results().At(i).Type()) {
			return n, i
		}
	}
	return nil, -1
}

// findStatusReturns finds the wrappers that call a value of a status
// function type of this package and write the status it returns.
func (ps *pkgState) findStatusReturns() {
	info := ps.pass.TypesInfo
	type site struct {
		encl   ast.Node // the function the call is in
		call   *ast.CallExpr
		status *types.Var
	}
	var sites []site
	byType := map[*types.Named][]site{}
	for c := range ps.ins.Root().Preorder((*ast.AssignStmt)(nil)) {
		as := c.Node().(*ast.AssignStmt)
		if len(as.Rhs) != 1 {
			continue
		}
		call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok {
			continue
		}
		t := info.TypeOf(call.Fun)
		if t == nil {
			continue
		}
		if _, isVar := info.Uses[selIdent(call.Fun)].(*types.Var); !isVar {
			continue // a call of a value of the type, not of a declared function
		}
		n, res := ps.statusFuncType(t)
		if n == nil || res >= len(as.Lhs) || len(as.Lhs) != n.Underlying().(*types.Signature).Results().Len() {
			continue
		}
		id, ok := as.Lhs[res].(*ast.Ident)
		if !ok {
			continue
		}
		v, _ := info.ObjectOf(id).(*types.Var)
		if v == nil {
			continue
		}
		var encl ast.Node
		for p := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			encl = p.Node()
			break
		}
		if encl == nil {
			continue
		}
		s := site{encl, call, v}
		sites = append(sites, s)
		byType[n] = append(byType[n], s)
	}
	if len(sites) == 0 {
		return
	}
	ps.statusTypes = map[*types.Named]*statusReturn{}
	for n, ss := range byType {
		var found *statusReturn
		ok := true
		for _, s := range ss {
			sr := ps.wrapperWrite(s.encl, s.call, s.status)
			if sr == nil {
				ok = false
				break
			}
			if found != nil {
				ok = false // two wrappers: which runs a given handler is not known
				break
			}
			found = sr
		}
		if ok && found != nil {
			_, found.result = ps.statusFuncType(n)
			ps.statusTypes[n] = found
		}
	}
	ps.findStatusFuncs()
}

// wrapperWrite finds, in the function encl, the write of status (the
// result of call) to the writer call is given.
func (ps *pkgState) wrapperWrite(encl ast.Node, call *ast.CallExpr, status *types.Var) *statusReturn {
	f := ps.analyze(encl)
	if f == nil {
		return nil
	}
	// The call itself hands the writer to the handler: its event.
	var handOff *Event
	for _, ev := range f.Events {
		if ev.Call == call && ev.Kind == Opaque {
			handOff = ev
		}
	}
	if handOff == nil {
		return nil
	}
	w := handOff.Writer
	var write *Event
	for _, ev := range f.Events {
		if ev.Writer != w || ev.Kind != WriteStatus || ev.statusVar != status || ev.Call.Pos() < call.End() {
			continue
		}
		if write != nil {
			return nil // written twice: not the simple shape
		}
		write = ev
	}
	if write == nil {
		return nil
	}
	sr := &statusReturn{write: write, cond: func(int) bool { return true }}
	for _, ev := range f.Events {
		switch {
		case ev.Writer != w || ev == write || ev == handOff:
		case ev.Call == write.Call && ev.Kind == WriteBody:
			sr.body = ev
		case ev.Call.Pos() > call.End() && ev.Call.Pos() < write.Call.Pos():
			// Between the handler and the write: headers set, perhaps
			// for some statuses only; the model does not say which.
			sr.unsure = true
		}
	}
	before := handOff.before
	for name, i := range f.headers {
		switch bit := uint64(1) << i; {
		case before.must&bit != 0:
			sr.headers = append(sr.headers, name)
		case before.unsure&bit != 0:
			sr.maybe = append(sr.maybe, name)
		}
	}
	slices.Sort(sr.headers)
	slices.Sort(sr.maybe)
	if before.unsure == ^uint64(0) || before.opaque {
		sr.unsure = true
	}
	sr.cond = ps.statusCond(f.info, write, status)
	return sr
}

// statusCond returns which codes the write of status happens for, from
// the conditions around it: if status != 0, if status >= 400.
func (ps *pkgState) statusCond(fi *funcInfo, write *Event, status *types.Var) func(int) bool {
	info := ps.pass.TypesInfo
	conds := []func(int) bool{}
	c, ok := ps.cursorOf(write.Call)
	if !ok {
		return func(int) bool { return false }
	}
	for p := range c.Enclosing((*ast.IfStmt)(nil)) {
		ifs := p.Node().(*ast.IfStmt)
		if !(ifs.Body.Pos() <= write.Call.Pos() && write.Call.Pos() < ifs.Body.End()) {
			continue // in the else branch: not followed
		}
		be, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
		if !ok {
			continue
		}
		id, ok := ast.Unparen(be.X).(*ast.Ident)
		if !ok || info.Uses[id] != status {
			continue
		}
		tv := info.Types[be.Y]
		if tv.Value == nil {
			continue
		}
		k, ok := constant.Int64Val(constant.ToInt(tv.Value))
		if !ok {
			continue
		}
		n := int(k)
		switch be.Op {
		case token.NEQ:
			conds = append(conds, func(c int) bool { return c != n })
		case token.GTR:
			conds = append(conds, func(c int) bool { return c > n })
		case token.GEQ:
			conds = append(conds, func(c int) bool { return c >= n })
		case token.EQL:
			conds = append(conds, func(c int) bool { return c == n })
		}
	}
	_ = fi
	return func(c int) bool {
		for _, cond := range conds {
			if !cond(c) {
				return false
			}
		}
		return true
	}
}

// cursorOf returns the cursor of node n of this package's files.
func (ps *pkgState) cursorOf(n ast.Node) (inspector.Cursor, bool) {
	return ps.ins.Root().FindNode(n)
}

// findStatusFuncs records the functions given where a status function
// type is wanted (handle(signup), withUser(func(...) (int, error) {...}),
// handleFunc(f)): each is run by that type's wrapper.
func (ps *pkgState) findStatusFuncs() {
	info := ps.pass.TypesInfo
	ps.statusFuncs = map[ast.Node]*statusReturn{}
	set := func(a ast.Expr, t types.Type) {
		n, ok := types.Unalias(t).(*types.Named)
		if !ok {
			return
		}
		sr := ps.statusTypes[n]
		if sr == nil {
			return
		}
		node := ps.funcNode(a)
		if node == nil {
			return
		}
		if old, ok := ps.statusFuncs[node]; ok && old != sr {
			sr = nil // run by two wrappers
		}
		ps.statusFuncs[node] = sr
	}
	for c := range ps.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			if len(call.Args) == 1 {
				set(call.Args[0], tv.Type)
			}
			continue
		}
		for i, a := range call.Args {
			if t := paramType(info, call, i); t != nil {
				set(a, t)
			}
		}
	}
}

// funcNode returns the function a value names: a literal, a function or
// method of this package, or a package-level variable of this package
// initialised with a literal (var signupHandler = func(...) {...}).
func (ps *pkgState) funcNode(e ast.Expr) ast.Node {
	info := ps.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return e
	case *ast.Ident, *ast.SelectorExpr:
		switch obj := info.Uses[selIdent(e)].(type) {
		case *types.Func:
			if d := ps.decls[obj]; d != nil {
				return d
			}
		case *types.Var:
			if obj.Pkg() == ps.pass.Pkg && obj.Parent() == obj.Pkg().Scope() {
				if lit, ok := ast.Unparen(ps.initOf(obj)).(*ast.FuncLit); ok {
					return lit
				}
			}
		}
	}
	return nil
}

// statusReturnOf returns how f's returned status is written: by the
// wrapper of the status function type f is given as, or, for a function
// never given as one, of the one such type with its signature.
func (f *funcInfo) statusReturnOf() *statusReturn {
	if f.pkg.statusTypes == nil {
		return nil
	}
	if sr, ok := f.pkg.statusFuncs[f.node]; ok {
		return sr
	}
	var found *statusReturn
	for n, sr := range f.pkg.statusTypes {
		if types.Identical(n.Underlying(), f.sig) {
			if found != nil {
				return nil
			}
			found = sr
		}
	}
	return found
}

// statusReturnEvents are the events of a handler's `return 401, nil`
// when a wrapper writes the status it returns.
func (f *funcInfo) statusReturnEvents(ret *ast.ReturnStmt) []*Event {
	sr := f.statusReturnOf()
	if sr == nil || len(ret.Results) != f.sig.Results().Len() || sr.result >= len(ret.Results) {
		return nil
	}
	x := ret.Results[sr.result]
	code, ok := constCode(f.pkg.pass.TypesInfo, x)
	if !ok || code == 0 || !sr.cond(code) {
		return nil // the handler wrote its response, or the status is not known
	}
	w := f.soleWriter()
	if w == nil {
		return nil
	}
	mk := func(k Kind) *Event {
		return &Event{Kind: k, Call: x, Writer: w, Callee: sr.write.Callee, bodyParam: -1}
	}
	var out []*Event
	for _, h := range sr.headers {
		ev := mk(SetHeader)
		ev.Header = h
		out = append(out, ev)
	}
	for _, h := range sr.maybe {
		ev := mk(SetHeader)
		ev.Header, ev.Maybe = h, true
		out = append(out, ev)
	}
	if sr.unsure {
		ev := mk(SetHeader)
		ev.Maybe = true
		out = append(out, ev)
	}
	ev := mk(WriteStatus)
	ev.Status = f.evalStatus(x, ret, 0)
	ev.Deferred = sr.write.Deferred
	out = append(out, ev)
	if sr.body != nil {
		b := mk(WriteBody)
		b.Shape = sr.body.Shape
		out = append(out, b)
	}
	return out
}

// constMapKeys returns, for the key variable of a range over a
// package-level map of this package initialised with constant string keys
// and never changed (for k, v := range defaultHeaders), those keys as
// header names; nil otherwise.
func (f *funcInfo) constMapKeys(key ast.Expr) []string {
	id, ok := ast.Unparen(key).(*ast.Ident)
	if !ok {
		return nil
	}
	info := f.pkg.pass.TypesInfo
	obj := info.Uses[id]
	if obj == nil {
		return nil
	}
	var x ast.Expr
	ast.Inspect(f.body, func(n ast.Node) bool {
		if rs, ok := n.(*ast.RangeStmt); ok && x == nil {
			if k, ok := rs.Key.(*ast.Ident); ok && info.Defs[k] == obj {
				x = rs.X
			}
		}
		return x == nil
	})
	if x == nil || !pkgMap(info, x) {
		return nil
	}
	v := info.Uses[selIdent(x)].(*types.Var)
	return f.pkg.constKeys(v)
}

// constKeys returns the keys of the package-level map v of this package
// when its initializer lists them all as constants and the package only
// reads it: ranges over it and indexes it.
func (ps *pkgState) constKeys(v *types.Var) []string {
	if keys, ok := ps.mapKeys[v]; ok {
		return keys
	}
	if ps.mapKeys == nil {
		ps.mapKeys = make(map[*types.Var][]string)
	}
	ps.mapKeys[v] = nil
	if v.Pkg() != ps.pass.Pkg {
		return nil
	}
	lit, ok := ast.Unparen(ps.initOf(v)).(*ast.CompositeLit)
	if !ok {
		return nil
	}
	info := ps.pass.TypesInfo
	var keys []string
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return nil
		}
		tv := info.Types[kv.Key]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return nil
		}
		keys = append(keys, textproto.CanonicalMIMEHeaderKey(constant.StringVal(tv.Value)))
	}
	// Every use reads it.
	for c := range ps.ins.Root().Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if info.Uses[id] != v {
			continue
		}
		switch p := c.Parent().Node().(type) {
		case *ast.RangeStmt:
			if p.X == id {
				continue
			}
		case *ast.IndexExpr:
			if p.X == id && !assigned(c.Parent()) {
				continue
			}
		}
		return nil
	}
	ps.mapKeys[v] = keys
	return keys
}

// assigned reports whether the expression at c is assigned to.
func assigned(c inspector.Cursor) bool {
	switch p := c.Parent().Node().(type) {
	case *ast.AssignStmt:
		return slices.Contains(p.Lhs, c.Node().(ast.Expr))
	case *ast.IncDecStmt:
		return true
	case *ast.UnaryExpr:
		return p.Op == token.AND
	}
	return false
}
