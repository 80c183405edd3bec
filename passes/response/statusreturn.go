package response

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
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
	if i := statusResult(sig); i >= 0 {
		return n, i
	}
	return nil, -1
}

// statusResult returns the index of the result of sig that may hold a
// status (its first integer), or -1.
func statusResult(sig *types.Signature) int {
	for i := 0; i < sig.Results().Len(); i++ {
		if isInteger(sig.Results().At(i).Type()) {
			return i
		}
	}
	return -1
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
// when a wrapper writes the status it returns. The status may be chosen
// elsewhere: a variable, a mapper (return statusFor(err), err), a callee
// returning the pair (return validate(r)). A callee that is handed the
// response is the call's to expand (see handBackEvents).
func (f *funcInfo) statusReturnEvents(ret *ast.ReturnStmt) []*Event {
	sr := f.statusReturnOf()
	if sr == nil {
		return nil
	}
	w := f.soleWriter()
	if w == nil {
		return nil
	}
	var x ast.Expr
	var st Status
	switch n := f.sig.Results().Len(); {
	case len(ret.Results) == n && sr.result < n:
		x = ret.Results[sr.result]
		st = f.handedStatus(x, ret, w)
	case len(ret.Results) == 1 && n > 1:
		call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
		if !ok || f.handsResponse(call) {
			return nil
		}
		x = call
		st = f.callStatus(call, sr.result, "", ret, 0)
	default:
		return nil
	}
	evs, _ := f.wrapperEvents(sr, x, w, st)
	return evs
}

// wrapperEvents are the events of the wrapper's write of st, the status a
// handler returns at the node at: the headers it sets, its status and its
// body, on the paths where st is a code it writes (0, or a code its
// condition skips, means the handler wrote its response itself). covered
// reports whether it writes every code st holds other than 0. Nothing when
// st is not known.
func (f *funcInfo) wrapperEvents(sr *statusReturn, at ast.Node, w *types.Var, st Status) (evs []*Event, covered bool) {
	if st.Unknown {
		return nil, false
	}
	var codes []StatusValue
	maybe, covered := false, true
	for _, v := range st.Values {
		switch {
		case v.symbolic():
			return nil, false
		case v.Code == 0:
			maybe = true
		case !sr.cond(v.Code):
			maybe, covered = true, false
		default:
			codes = append(codes, v)
		}
	}
	if len(codes) == 0 {
		return nil, covered
	}
	mk := func(k Kind) *Event {
		return &Event{Kind: k, Call: at, Writer: w, Callee: sr.write.Callee, bodyParam: -1}
	}
	for _, h := range sr.headers {
		ev := mk(SetHeader)
		ev.Header = h
		evs = append(evs, ev)
	}
	for _, h := range sr.maybe {
		ev := mk(SetHeader)
		ev.Header, ev.Maybe = h, true
		evs = append(evs, ev)
	}
	if sr.unsure {
		ev := mk(SetHeader)
		ev.Maybe = true
		evs = append(evs, ev)
	}
	ev := mk(WriteStatus)
	ev.Status = Status{Values: codes}
	ev.Deferred = sr.write.Deferred
	ev.Maybe = maybe
	evs = append(evs, ev)
	if sr.body != nil {
		b := mk(WriteBody)
		b.Shape = sr.body.Shape
		b.Maybe = maybe
		evs = append(evs, b)
	}
	return evs, covered
}

// handedStatus is the status a return of x hands the wrapper. A status a
// callee handed the response returns counts where the callee wrote
// nothing (see StatusSplit): it is not known otherwise.
func (f *funcInfo) handedStatus(x ast.Expr, ret *ast.ReturnStmt, w *types.Var) Status {
	unknown := Status{Unknown: true}
	v := f.localVar(x)
	if v == nil {
		return f.evalStatus(x, ret, 0)
	}
	if call, _ := f.handedVar(v); call != nil && f.handsResponse(call) {
		return Status{} // the call's events say it all (handBackEvents)
	}
	defs, ok := f.reaching(v, ret)
	if !ok {
		return unknown
	}
	viaCallee := false
	for _, d := range defs {
		if call, ok := ast.Unparen(d.rhs).(*ast.CallExpr); ok && d.tuple >= 0 && f.handsResponse(call) {
			viaCallee = true
		}
	}
	if !viaCallee {
		return f.evalStatus(x, ret, 0)
	}
	var st Status
	for _, d := range defs {
		call, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
		if !ok || d.tuple < 0 {
			return unknown
		}
		_, sum := f.splitCallee(call, w)
		if sum == nil || sum.Split.Result != d.tuple {
			return unknown
		}
		st.Values = append(st.Values, f.splitStatus(call, sum.Split, d.node).Values...)
	}
	return f.refine(v, x.Pos(), st)
}

// handsResponse reports whether call is handed a response.
func (f *funcInfo) handsResponse(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if _, role := f.roleOf(a); role == knowledge.RoleWriter {
			return true
		}
	}
	return false
}

// splitCallee returns the callee of call and its summary when it is
// handed w as its response and its writes line up with the status it
// returns (WriterSummary.Split).
func (f *funcInfo) splitCallee(call *ast.CallExpr, w *types.Var) (*types.Func, *WriterSummary) {
	fn, _ := typeutil.Callee(f.pkg.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return nil, nil
	}
	sum := f.pkg.summaryOf(fn)
	if sum == nil || sum.Opaque || sum.Split == nil || sum.Writer < 0 || sum.Writer >= len(call.Args) {
		return nil, nil
	}
	if a, role := f.roleOf(call.Args[sum.Writer]); a != w || role != knowledge.RoleWriter {
		return nil, nil
	}
	return fn, sum
}

// splitStatus is the status a call of a function with the split sp
// returns, where the choice matters: one of its Codes, each where the
// callee chose it, or 0 where the response is its own.
func (f *funcInfo) splitStatus(call *ast.CallExpr, sp *StatusSplit, at ast.Node) Status {
	choice := len(sp.Codes) > 1 || sp.Own
	var st Status
	add := func(v StatusValue) {
		// As bind does: a status the callee always hands back is chosen
		// here, by calling it.
		if v.choice = v.choice || choice; !v.choice {
			v.Expr, v.Guard = call, f.guardAt(call.Pos())
		}
		st.Values = append(st.Values, v)
	}
	if vals, ok := f.pkg.splitValues[sp]; ok {
		for _, v := range vals {
			add(v)
		}
	} else {
		carried := f.callStatus(call, sp.Result, "", at, 0)
		for _, c := range sp.Codes {
			v := StatusValue{Code: c, Expr: call, param: -1}
			if i := slices.IndexFunc(carried.Values, func(v StatusValue) bool { return v.Code == c && !v.symbolic() }); i >= 0 {
				v = carried.Values[i]
			}
			add(v)
		}
	}
	if sp.Own {
		st.Values = append(st.Values, StatusValue{Expr: call, param: -1, choice: true})
	}
	return st
}

// handBackEvents are the events of a call whose status a handler returns
// to its wrapper: return renderJSON(w, v), or its variable form (see
// handedVar). What the callee writes on its own paths and what the
// wrapper writes for the codes it hands back are the two ways the
// response goes out; when every path takes one, the callee's own writes
// are certain, not "on some paths": its 200 is a status the handler sends.
// ok is false when the call is not such a call.
func (f *funcInfo) handBackEvents(node ast.Node, call *ast.CallExpr, w *types.Var, fn *types.Func, sum *WriterSummary) (evs []*Event, ok bool) {
	sp := sum.Split
	sr := f.statusReturnOf()
	if sr == nil || sp == nil || w != f.soleWriter() {
		return nil, false
	}
	switch n := node.(type) {
	case *ast.ReturnStmt:
		if c, _, _, _ := f.handedBy(n, w); c != call {
			return nil, false
		}
	case *ast.AssignStmt:
		if sp.Result >= len(n.Lhs) || len(n.Rhs) != 1 || ast.Unparen(n.Rhs[0]) != call {
			return nil, false
		}
		v := f.localVar(n.Lhs[sp.Result])
		if v == nil {
			return nil, false
		}
		if c, _ := f.handedVar(v); c != call {
			return nil, false
		}
	default:
		return nil, false
	}
	wrapper, covered := f.wrapperEvents(sr, node, w, f.splitStatus(call, sp, node))
	for _, ev := range wrapper {
		ev.returned = true
	}
	own := *sum
	if covered && sp.Own {
		if sp.Body == Always {
			own.Body = Always
		}
		if sp.Status == Always {
			own.Status = Always
		}
	}
	// The callee's headers, then the wrapper's write on the paths it hands
	// back, then its own writes on the others: the order in which a path
	// meets them.
	var writes []*Event
	for _, ev := range markOwnBody(f.expandSummary(call, w, fn, &own, nil, nil), sp) {
		if ev.Kind == SetHeader || ev.Kind == DelHeader {
			evs = append(evs, ev)
		} else {
			writes = append(writes, ev)
		}
	}
	evs = append(evs, wrapper...)
	return append(evs, writes...), true
}

// markOwnBody marks the body a helper with the split sp writes, with no
// status first, on every path where it hands nothing back: though the
// call's events say "on some paths", some path sends it with 200.
func markOwnBody(evs []*Event, sp *StatusSplit) []*Event {
	if sp == nil || !sp.Own || sp.Body != Always || sp.Status != Never {
		return evs
	}
	for _, ev := range evs {
		ev.ownBody = ev.Kind == WriteBody && ev.Maybe
	}
	return evs
}

// handedBy returns the call whose status result the return ret passes
// on unchanged, when its callee is handed f's response w and its writes
// line up with that status: return renderJSON(w, v), or the variable
// form (handedVar). node is the call's CFG node.
func (f *funcInfo) handedBy(ret *ast.ReturnStmt, w *types.Var) (call *ast.CallExpr, node ast.Node, fn *types.Func, sum *WriterSummary) {
	k := statusResult(f.sig)
	if k < 0 {
		return nil, nil, nil, nil
	}
	res := k
	switch n := f.sig.Results().Len(); {
	case len(ret.Results) == 1 && n > 1:
		call, _ = ast.Unparen(ret.Results[0]).(*ast.CallExpr)
		node = ret
	case len(ret.Results) == n:
		if v := f.localVar(ret.Results[k]); v != nil {
			var d def
			call, d = f.handedVar(v)
			node, res = d.node, d.tuple
		}
	}
	if call == nil {
		return nil, nil, nil, nil
	}
	fn, sum = f.splitCallee(call, w)
	if sum == nil || sum.Split.Result != res {
		return nil, nil, nil, nil
	}
	return call, node, fn, sum
}

// handedVar returns the call that defines v, and the definition, when v
// is defined there alone, from a result of the call, and every path from
// it returns v as f's status with nothing in between touching a response:
//
//	status, err := renderJSON(w, v)
//	if status >= 400 {
//		drain(r)
//	}
//	return status, err
//
// is return renderJSON(w, v) by another name.
func (f *funcInfo) handedVar(v *types.Var) (*ast.CallExpr, def) {
	if h, ok := f.handed[v]; ok {
		return h.call, h.d
	}
	call, d := f.handedVar1(v)
	if f.handed == nil {
		f.handed = make(map[*types.Var]handedDef)
	}
	f.handed[v] = handedDef{call, d}
	return call, d
}

type handedDef struct {
	call *ast.CallExpr
	d    def
}

func (f *funcInfo) handedVar1(v *types.Var) (*ast.CallExpr, def) {
	k := statusResult(f.sig)
	vd := f.varDefs(v)
	if k < 0 || !vd.ok || len(vd.defs) != 2 || vd.defs[0].param >= 0 || vd.defs[1].tuple < 0 {
		return nil, def{}
	}
	d := vd.defs[1]
	call, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
	if !ok {
		return nil, def{}
	}
	n := f.sig.Results().Len()
	seen := map[*cfg.Block]bool{}
	var walk func(b *cfg.Block, from int) bool
	walk = func(b *cfg.Block, from int) bool {
		for _, node := range b.Nodes[from:] {
			if ret, ok := node.(*ast.ReturnStmt); ok {
				return len(ret.Results) == n && f.localVar(ret.Results[k]) == v && !f.touchesResponse(ret)
			}
			if f.touchesResponse(node) {
				return false
			}
		}
		if len(b.Succs) == 0 {
			return !f.isExit(b) // a panic: nothing goes out
		}
		for _, s := range b.Succs {
			if !seen[s] {
				seen[s] = true
				if !walk(s, 0) {
					return false
				}
			}
		}
		return true
	}
	l := f.loc[d.node]
	if !walk(l.block, l.index+1) {
		return nil, def{}
	}
	return call, d
}

// touchesResponse reports whether the CFG node n may act on a response:
// it names one, or an alias of one, or calls a closure, which may.
func (f *funcInfo) touchesResponse(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.Ident:
			if v := f.localVar(x); v != nil {
				_, aliased := f.aliases[v]
				found = found || aliased || isWriterType(v.Type())
			}
		case *ast.SelectorExpr:
			found = found || f.recvField(x, f.recvWriter)
		case *ast.CallExpr:
			found = found || f.closureOf(x.Fun) != nil || f.callsViaRequest([]*ast.CallExpr{x})
		}
		return !found
	})
	return found
}

// statusSplit finds how f's writes to its response parameter w line up
// with the status it returns (see StatusSplit): nil when some return
// hands back a status it cannot name, or one after writing on some paths
// only, or when it hands back none.
func (f *Func) statusSplit(w *types.Var) *StatusSplit {
	fi := f.info
	k := statusResult(fi.sig)
	if k < 0 {
		return nil
	}
	sp := &StatusSplit{Result: k}
	var vals []StatusValue
	hand := func(v StatusValue) {
		sp.Codes, vals = append(sp.Codes, v.Code), append(vals, v)
	}
	own := func(body, status Occurs) {
		if !sp.Own {
			sp.Own, sp.Body, sp.Status = true, body, status
			return
		}
		sp.Body, sp.Status = meetOccurs(sp.Body, body), meetOccurs(sp.Status, status)
	}
	ok := true
	ast.Inspect(fi.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if _, live := fi.loc[n]; live && ok {
				ok = f.splitReturn(w, n, sp, hand, own)
			}
			return false
		}
		return ok
	})
	if !ok || len(sp.Codes) == 0 {
		return nil
	}
	slices.Sort(sp.Codes)
	sp.Codes = slices.Compact(sp.Codes)
	if fi.pkg.splitValues == nil {
		fi.pkg.splitValues = make(map[*StatusSplit][]StatusValue)
	}
	fi.pkg.splitValues[sp] = vals
	return sp
}

// splitReturn adds what one return of f hands back (hand) or leaves its
// own (own) to sp; false when it cannot tell.
func (f *Func) splitReturn(w *types.Var, ret *ast.ReturnStmt, sp *StatusSplit, hand func(StatusValue), own func(body, status Occurs)) bool {
	fi := f.info
	// Passed on from a callee with a split of its own: what it hands back,
	// if nothing was written before the call. (A handler's own wrapper
	// writes what it hands back: the state after says it.)
	if call, node, _, sum := fi.handedBy(ret, w); sum != nil && fi.statusReturnOf() == nil {
		before, after, ok := f.stateAround(w, node)
		switch {
		case !ok:
			return false
		case nothingWritten(before):
			for _, v := range fi.splitStatus(call, sum.Split, node).Values {
				if v.Code != 0 {
					hand(v)
				}
			}
			if sum.Split.Own {
				own(sum.Split.Body, sum.Split.Status)
			}
			return true
		case after.wroteAll:
			own(written(after))
			return true
		}
		return false
	}
	var st Status
	switch n := fi.sig.Results().Len(); {
	case len(ret.Results) == n:
		st = fi.evalStatus(ret.Results[sp.Result], ret, 1)
	case len(ret.Results) == 1:
		call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
		if !ok {
			return false
		}
		st = fi.callStatus(call, sp.Result, "", ret, 1)
	default:
		return false // a bare return
	}
	_, after, ok := f.stateAround(w, ret)
	switch {
	case !ok:
		return false
	case after.wroteAll:
		// Written: a status returned now is not the one sent.
		own(written(after))
		return true
	case !nothingWritten(after) || st.Unknown:
		return false
	}
	for _, v := range st.Values {
		switch {
		case v.symbolic() || v.Code != 0 && !statusLike(v.Code):
			return false
		case v.Code == 0:
			own(Never, Never)
		default:
			hand(v)
		}
	}
	return true
}

// nothingWritten reports whether, on every path to s, nothing has been
// written to the response, nor has it reached code the model cannot see.
func nothingWritten(s state) bool {
	return s.reached && s.statuses == 0 && !s.body && !s.sentSome && !s.opaque
}

// written returns how often a body and a status have been written at s.
func written(s state) (body, status Occurs) {
	switch {
	case s.bodyAll:
		body = Always
	case s.body:
		body = Sometimes
	}
	switch {
	case s.statusAll:
		status = Always
	case s.statuses&^(1<<bitImplicit) != 0:
		status = Sometimes
	}
	return body, status
}

// meetOccurs is how often something happens over two sets of paths.
func meetOccurs(a, b Occurs) Occurs {
	if a == b {
		return a
	}
	return Sometimes
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
		keys = append(keys, canonicalHeader(constant.StringVal(tv.Value)))
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
