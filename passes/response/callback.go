package response

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// Callbacks: a handler's body handed to a helper that runs it.
//
//	func (a *API) DeleteMessage(c *gin.Context) {
//		withID(c, "id", func(id uint) {
//			msg, err := a.DB.GetMessageByID(id)
//			...
//			c.AbortWithError(404, errors.New("message does not exist"))
//		})
//	}
//
//	func withID(c *gin.Context, name string, f func(id uint)) {
//		if id, err := strconv.ParseUint(c.Param(name), 10, 32); err == nil {
//			f(uint(id))
//		} else {
//			c.AbortWithError(400, errors.New("invalid id"))
//		}
//	}
//
// withID's CallbackFact says that it calls its parameter 2 before it
// returns, on some paths. At the call, the literal's writes are the
// handler's as well: after what withID does itself (its WriterSummary:
// 400 on some paths), each on some paths only. The events stand in the
// handler's dataflow and route inventory, not in its Events: the literal is
// a function of the model of its own, whose writes the checks read there,
// once (see Func.hidden). Its model starts from the handler's response as
// it is at the call, when withID does nothing to it before running the
// literal (see settleEntries).

// CallbackFact is the fact for a function that calls a function it is
// given, before it returns, in the goroutine that called it: withID(c,
// "id", func(id uint) {...}) runs the literal when the id parses. A
// function that stores what it is given (a router's registration), runs
// it in a goroutine or a deferred call, hands it to code the model cannot
// follow, or never calls it, has no entry for that parameter.
type CallbackFact struct {
	Calls []Callback
}

// A Callback is one function parameter a function calls.
type Callback struct {
	Param  int    // the parameter holding the function
	Occurs Occurs // Always: on every path that returns normally
	Many   bool   // it may call it more than once (in a loop, at several calls)
	// Writer: the argument of the callback that the function's response
	// parameter WriterParam is passed as (func withUser(w, r, fn
	// func(w http.ResponseWriter, u *User)) calls fn(w, u): 0), or -1.
	Writer, WriterParam int
	// Before: on some path it does something to its response (sets a
	// header, writes, hands it on) before it calls it: the callback does
	// not find the response as it was at the call.
	Before bool
}

func (*CallbackFact) AFact() {}

func (cf *CallbackFact) String() string {
	var parts []string
	for _, c := range cf.Calls {
		s := fmt.Sprintf("calls param%d", c.Param)
		if c.Occurs != Always {
			s += "?"
		}
		if c.Many {
			s += " repeatedly"
		}
		if c.Writer >= 0 {
			s += fmt.Sprintf(" handing it param%d as arg%d", c.WriterParam, c.Writer)
		}
		if c.Before {
			s += " after using its response"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// call returns the entry for parameter p.
func (cf *CallbackFact) call(p int) (Callback, bool) {
	if cf != nil {
		for _, c := range cf.Calls {
			if c.Param == p {
				return c, true
			}
		}
	}
	return Callback{}, false
}

// takesFunc reports whether sig has a parameter of function type, other
// than a variadic one (handlers ...HandlerFunc are a router's).
func takesFunc(sig *types.Signature) bool {
	params := sig.Params()
	for i := 0; i < params.Len(); i++ {
		if sig.Variadic() && i == params.Len()-1 {
			break
		}
		if _, ok := params.At(i).Type().Underlying().(*types.Signature); ok {
			return true
		}
	}
	return false
}

// callbackOf returns the CallbackFact of fn: from a fact for another
// package's function, computed on demand for this package's. A framework's
// or a router's functions have none: they store their handlers, and their
// adapters say what the callbacks they run mean.
func (ps *pkgState) callbackOf(fn *types.Func) *CallbackFact {
	fn = fn.Origin()
	if cf, ok := ps.cbFacts[fn]; ok {
		return cf
	}
	var cf *CallbackFact
	switch {
	case fn.Pkg() == nil || !takesFunc(fn.Signature()) || knowledge.IsRouterPkg(fn.Pkg().Path()):
	case fn.Pkg() != ps.pass.Pkg:
		f := new(CallbackFact)
		if ps.pass.ImportObjectFact(fn, f) {
			cf = f
		}
	case ps.cbBusy[fn]:
		return nil // recursion: no claim, and none cached
	default:
		if ps.cbBusy == nil {
			ps.cbBusy = make(map[*types.Func]bool)
		}
		ps.cbBusy[fn] = true
		cf = ps.computeCallbacks(fn)
		delete(ps.cbBusy, fn)
	}
	if ps.cbFacts == nil {
		ps.cbFacts = make(map[*types.Func]*CallbackFact)
	}
	ps.cbFacts[fn] = cf
	return cf
}

// A callSite is one place a function calls a parameter, itself or
// through a callee that does.
type callSite struct {
	call   *ast.CallExpr
	occurs Occurs
	many   bool
	before bool // the callee uses the response first (Callback.Before)
}

// paramUses is what a function does with one of its function parameters.
type paramUses struct {
	index               int
	sites               []callSite
	escapes             bool
	writer, writerParam int // as in Callback
}

// bind records that a call hands the callback the response parameter wp
// as argument i; a second, different binding makes the parameter one the
// model does not follow.
func (u *paramUses) bind(i, wp int) {
	if u.writer >= 0 && (u.writer != i || u.writerParam != wp) {
		u.escapes = true
	}
	u.writer, u.writerParam = i, wp
}

// computeCallbacks finds the function parameters fn calls. Every use of
// such a parameter must be a call in fn's own body (not in a literal, a go
// or a defer statement), a comparison with nil, or an argument to a
// function whose CallbackFact says it calls it; any other use (stored,
// converted, returned, called later) leaves the parameter out.
func (ps *pkgState) computeCallbacks(fn *types.Func) *CallbackFact {
	d := ps.decls[fn]
	cur, ok := ps.cursors[fn]
	if d == nil || !ok {
		return nil
	}
	info := ps.pass.TypesInfo
	sig := fn.Signature()
	var uses map[*types.Var]*paramUses
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		if _, ok := p.Type().Underlying().(*types.Signature); ok && !(sig.Variadic() && i == sig.Params().Len()-1) {
			if uses == nil {
				uses = make(map[*types.Var]*paramUses)
			}
			uses[p] = &paramUses{index: i, writer: -1, writerParam: -1}
		}
	}
	// writerArg returns the index of fn's response parameter that e names, or -1.
	writerArg := func(e ast.Expr) int {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return -1
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok || !isWriterType(v.Type()) {
			return -1
		}
		for i := 0; i < sig.Params().Len(); i++ {
			if sig.Params().At(i) == v {
				return i
			}
		}
		return -1
	}
	for c := range cur.Preorder((*ast.Ident)(nil)) {
		v, ok := info.Uses[c.Node().(*ast.Ident)].(*types.Var)
		if !ok {
			continue
		}
		u := uses[v]
		if u == nil || u.escapes {
			continue
		}
		// Called in a literal, a goroutine or a deferred call: whenever
		// that runs, not where fn calls it.
		for range c.Enclosing((*ast.FuncLit)(nil), (*ast.GoStmt)(nil), (*ast.DeferStmt)(nil)) {
			u.escapes = true
			break
		}
		if u.escapes {
			continue
		}
		for c.ParentEdgeKind() == edge.ParenExpr_X {
			c = c.Parent()
		}
		k, idx := c.ParentEdge()
		switch k {
		case edge.CallExpr_Fun:
			// f(uint(id)): a call. The response it hands on must be fn's
			// own response parameter, so that the caller knows which it is.
			call := c.Parent().Node().(*ast.CallExpr)
			fsig, _ := v.Type().Underlying().(*types.Signature)
			for j, a := range call.Args {
				if t := paramType(info, call, j); t != nil && isWriterType(t) || isWriterType(info.TypeOf(a)) {
					if wp := writerArg(a); wp >= 0 && fsig != nil && !fsig.Variadic() {
						u.bind(j, wp)
					} else {
						u.escapes = true
					}
				}
			}
			u.sites = append(u.sites, callSite{call: call, occurs: Always})
		case edge.CallExpr_Args:
			// run(c, f): a call of a function that calls it.
			call := c.Parent().Node().(*ast.CallExpr)
			g, _ := typeutil.Callee(info, call).(*types.Func)
			if g == nil || g.Signature().Variadic() && idx >= g.Signature().Params().Len()-1 {
				u.escapes = true
				continue
			}
			cb, ok := ps.callbackOf(g).call(idx)
			if !ok {
				u.escapes = true
				continue
			}
			if cb.Writer >= 0 {
				wp := -1
				if cb.WriterParam < len(call.Args) {
					wp = writerArg(call.Args[cb.WriterParam])
				}
				if wp < 0 {
					u.escapes = true
					continue
				}
				u.bind(cb.Writer, wp)
			}
			u.sites = append(u.sites, callSite{call: call, occurs: cb.Occurs, many: cb.Many, before: cb.Before})
		case edge.BinaryExpr_X, edge.BinaryExpr_Y:
			// if f != nil
			b := c.Parent().Node().(*ast.BinaryExpr)
			other := b.Y
			if k == edge.BinaryExpr_Y {
				other = b.X
			}
			if (b.Op != token.EQL && b.Op != token.NEQ) || !isNilIdent(info, other) {
				u.escapes = true
			}
		default:
			u.escapes = true
		}
	}
	var cf *CallbackFact
	for i := 0; i < sig.Params().Len(); i++ {
		u := uses[sig.Params().At(i)]
		if u == nil || u.escapes || len(u.sites) == 0 {
			continue
		}
		cb, ok := ps.occurrence(d, u.sites)
		if !ok {
			continue
		}
		cb.Before = ps.usesBefore(d, fn, u.sites)
		cb.Param, cb.Writer, cb.WriterParam = u.index, u.writer, u.writerParam
		if cf == nil {
			cf = &CallbackFact{}
		}
		cf.Calls = append(cf.Calls, cb)
	}
	return cf
}

// occurrence says how often the calls at sites run: on every path that
// returns normally, or on some; more than once, or not. ok is false when
// none is live code.
func (ps *pkgState) occurrence(d *ast.FuncDecl, sites []callSite) (Callback, bool) {
	fi := ps.info(d)
	if fi == nil {
		return Callback{}, false
	}
	var cb Callback
	always := map[int32]bool{} // blocks that call it, surely
	live := 0
	for _, s := range sites {
		l, ok := fi.locate(s.call)
		if !ok {
			continue // dead code
		}
		live++
		if s.occurs == Always {
			always[l.block.Index] = true
		}
		cb.Many = cb.Many || s.many || fi.inLoop(s.call.Pos())
	}
	if live == 0 {
		return Callback{}, false
	}
	cb.Many = cb.Many || live > 1
	// Always when no path from the entry to a normal exit avoids them.
	cb.Occurs = Always
	seen := make([]bool, len(fi.cfg.Blocks))
	stack := []*cfg.Block{fi.cfg.Blocks[0]}
	seen[0] = true
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if always[b.Index] {
			continue
		}
		if fi.isExit(b) {
			cb.Occurs = Sometimes
			break
		}
		for _, s := range b.Succs {
			if !seen[s.Index] {
				seen[s.Index] = true
				stack = append(stack, s)
			}
		}
	}
	return cb, true
}

// usesBefore reports whether fn may do something to its response before
// one of the calls at sites: set a header, write, hand it on.
func (ps *pkgState) usesBefore(d *ast.FuncDecl, fn *types.Func, sites []callSite) bool {
	sig := fn.Signature()
	wp := writerParam(sig)
	if wp < 0 {
		return writerField(sig) != nil // a builder's method: its writer field
	}
	f := ps.analyze(d)
	if f == nil {
		return true // being analyzed: recursion
	}
	w := sig.Params().At(wp)
	we := f.writers[w]
	if we == nil {
		return false // it does nothing to it
	}
	fi := f.info
	// after: the blocks some event of w's reaches, one step or more.
	after := make([]bool, len(fi.cfg.Blocks))
	var stack []*cfg.Block
	for i, evs := range we.byBlock {
		if len(evs) > 0 {
			stack = append(stack, fi.cfg.Blocks[i].Succs...)
		}
	}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !after[b.Index] {
			after[b.Index] = true
			stack = append(stack, b.Succs...)
		}
	}
	for _, s := range sites {
		if s.before {
			return true
		}
		l, ok := fi.locate(s.call)
		if !ok {
			continue
		}
		if after[l.block.Index] {
			return true
		}
		// Earlier in its block: an earlier node, or a call of the same
		// node evaluated first, such as an argument's (the call's own
		// events are the callee's, not before).
		for _, ev := range we.byBlock[l.block.Index] {
			if i := fi.loc[ev.node].index; i < l.index || i == l.index && ev.Call != s.call && ev.Call.End() <= s.call.End() {
				return true
			}
		}
	}
	return false
}

// passesCallback reports whether one of calls hands a function literal (or
// a local closure) to a callee that runs it: the node needs its events
// though it does not name a response itself.
func (f *funcInfo) passesCallback(calls []*ast.CallExpr) bool {
	for _, call := range calls {
		fn, ok := typeutil.Callee(f.pkg.pass.TypesInfo, call).(*types.Func)
		if !ok || !takesFunc(fn.Signature()) {
			continue
		}
		for _, a := range call.Args {
			if f.closureOf(a) != nil {
				if f.pkg.callbackOf(fn) != nil {
					return true
				}
				break
			}
		}
	}
	return false
}

// callbackEvents returns the events of the functions call hands to a
// callee that runs them (see CallbackFact): for each, what it does to the
// responses of this function, on some paths only. runs are the parameters
// the callee's WriterSummary leaves out (it hands them response w): one
// the call's callback cannot be followed into leaves w to code the model
// cannot see.
func (f *funcInfo) callbackEvents(call *ast.CallExpr, callee *types.Func, runs []int, w *types.Var) []*Event {
	cf := f.pkg.callbackOf(callee)
	var out []*Event
	for _, p := range runs {
		if c, ok := cf.call(p); !ok || c.Writer < 0 {
			out = append(out, &Event{Kind: Opaque, Call: call, Writer: w, Callee: callee})
		}
	}
	if cf == nil || call.Ellipsis.IsValid() {
		return out
	}
	for _, c := range cf.Calls {
		if c.Param < len(call.Args) {
			out = append(out, f.runEvents(call, callee, c)...)
		}
	}
	return out
}

// runEvents returns the events of the function call passes as the
// callback c of callee.
func (f *funcInfo) runEvents(call *ast.CallExpr, callee *types.Func, c Callback) []*Event {
	info := f.pkg.pass.TypesInfo
	arg := ast.Unparen(call.Args[c.Param])
	// target: the response the callee hands the callback, as the call names it.
	var target *types.Var
	if c.Writer >= 0 && c.WriterParam < len(call.Args) {
		if w, role := f.roleOf(call.Args[c.WriterParam]); role == knowledge.RoleWriter {
			target = w
		}
	}
	opaque := func() []*Event {
		if target == nil {
			return nil // it cannot reach a response of this function
		}
		return []*Event{{Kind: Opaque, Call: call, Writer: target, Callee: callee}}
	}
	if isNilIdent(info, arg) {
		return nil
	}
	if lit := f.closureOf(arg); lit != nil {
		lf := f.pkg.analyze(lit)
		if lf == nil {
			return opaque()
		}
		evs := f.runFunc(call, c, lf, target, nil)
		// The literal itself, run once where the callee is called, with
		// nothing done to the response first: it starts from where the
		// call is. (Run again, it would find what it did the first time.)
		if arg == lit && !c.Before && !c.Many && len(evs) > 0 {
			f.pkg.entryReqs = append(f.pkg.entryReqs, entryReq{lf: lf, in: f, call: call, c: c, target: target})
		}
		return evs
	}
	// A function or method value: h.showUser, respond.WithUser.
	var obj *types.Func
	switch e := arg.(type) {
	case *ast.Ident:
		obj, _ = info.Uses[e].(*types.Func)
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok {
			if sel.Kind() == types.MethodVal && !types.IsInterface(sel.Recv()) {
				obj, _ = sel.Obj().(*types.Func)
			}
		} else {
			obj, _ = info.Uses[e.Sel].(*types.Func)
		}
	}
	if obj == nil {
		// A variable, a field, an interface's method. A function parameter
		// of this declaration's is its own caller's to follow (Runs).
		evs := opaque()
		if id, ok := arg.(*ast.Ident); ok && len(evs) > 0 {
			if v, ok := info.Uses[id].(*types.Var); ok && f.obj != nil {
				if _, isParam := f.params[v]; isParam {
					if f.runs == nil {
						f.runs = make(map[*Event]*types.Var)
					}
					f.runs[evs[0]] = v
				}
			}
		}
		return evs
	}
	obj = obj.Origin()
	if d := f.pkg.decls[obj]; d != nil {
		lf := f.pkg.analyze(d)
		if lf == nil {
			return opaque() // being analyzed: recursion
		}
		return f.runFunc(call, c, lf, target, obj)
	}
	// Another package's: only through the response it is handed.
	if target == nil {
		return nil
	}
	sum := f.pkg.summaryOf(obj)
	if sum == nil || sum.Opaque || sum.Writer != c.Writer || len(sum.Runs) > 0 {
		return opaque()
	}
	return hide(f.expandSummary(call, target, obj, unbound(sum), nil, nil), nil)
}

// runFunc returns the events of a callback of this package, lf, that
// call's callee runs as c: for each response it writes, captured from this
// function or handed to it by the callee (target), what its summary says.
func (f *funcInfo) runFunc(call *ast.CallExpr, c Callback, lf *Func, target *types.Var, obj *types.Func) []*Event {
	var out []*Event
	var seen []*types.Var
	for _, evs := range [2][]*Event{lf.Events, lf.hidden} {
		for _, ev := range evs {
			w := ev.Writer
			if slices.Contains(seen, w) {
				continue
			}
			seen = append(seen, w)
			to, index := w, -1
			if i, ok := lf.info.params[w]; ok {
				if i != c.Writer || target == nil {
					continue // not a response of this function's
				}
				to, index = target, i
			} else if w == lf.info.recvWriter || lf.info.body.Pos() <= w.Pos() && w.Pos() < lf.info.body.End() {
				continue // the callback's own (an httptest recorder)
			}
			sum := lf.summarizeRun(w, index)
			switch {
			case sum == nil:
				// It never returns normally: nothing it does reaches the
				// code after the call.
			case sum.Opaque:
				out = append(out, &Event{Kind: Opaque, Call: call, Writer: to, Callee: obj, hidden: true, cb: lf})
			default:
				out = append(out, hide(f.expandSummary(call, to, obj, unbound(sum), nil, nil), lf)...)
			}
		}
	}
	return out
}

// summarizeRun summarises what f does to response w when a callee runs
// it: for a response it captures, from the point it runs, with nothing
// assumed done before (its own model starts from an unknown state, in
// which every body may have gone first).
func (f *Func) summarizeRun(w *types.Var, index int) *WriterSummary {
	we := f.writers[w]
	if index >= 0 || we == nil {
		return f.summarize(w, index)
	}
	alt := map[*Event]state{}
	exit, _, _ := f.flow(we, nil, true, func(ev *Event, s state) { alt[ev] = s })
	return f.summarizeFrom(w, index, exit, true, alt)
}

// An entryReq asks that a literal's model start from the state of the
// response where the function it is written in calls the callee that runs
// it (see settleEntries).
type entryReq struct {
	lf     *Func
	in     *funcInfo // the function the call is in
	call   *ast.CallExpr
	c      Callback
	target *types.Var // the response the callee hands it, if it does
}

// settleEntries solves again the dataflow of each literal handed to a
// callee that runs it before doing anything to the response itself: its
// responses start from the state of the caller's just before the call, not
// from an unknown one. Outer literals first: an inner one starts from its
// outer one's state.
func (ps *pkgState) settleEntries() {
	reqs := ps.entryReqs
	sort.SliceStable(reqs, func(i, j int) bool { return reqs[i].lf.Node.Pos() < reqs[j].lf.Node.Pos() })
	for _, r := range reqs {
		from := ps.funcs[r.in.node]
		if from == nil {
			continue
		}
		lf := r.lf
		for w, we := range lf.writers {
			to := w
			if i, ok := lf.info.params[w]; ok {
				if i != r.c.Writer || r.target == nil {
					continue
				}
				to = r.target
			} else if w == lf.info.recvWriter || lf.info.body.Pos() <= w.Pos() && w.Pos() < lf.info.body.End() {
				continue
			}
			s, ok := from.stateAt(to, r.call)
			if !ok {
				continue
			}
			if lf.entries == nil {
				lf.entries = make(map[*types.Var]state)
			}
			lf.entries[w] = lf.entryFrom(s, from)
			lf.exits[w] = lf.solve(we)
			if lf.settleSinks(we) {
				lf.exits[w] = lf.solve(we)
			}
		}
	}
	ps.entryReqs = nil
}

// stateAt returns the state of response w just before call, a call in f.
func (f *Func) stateAt(w *types.Var, call *ast.CallExpr) (state, bool) {
	we := f.writers[w]
	if we == nil {
		return state{reached: true, noStatus: true}, true // nothing touches it
	}
	l, ok := f.info.locate(call)
	if !ok || we.in == nil || !we.in[l.block.Index].reached {
		return state{}, false
	}
	s := we.in[l.block.Index]
	for _, ev := range we.byBlock[l.block.Index] {
		if i := f.info.loc[ev.node].index; i > l.index || i == l.index && ev.Call == call {
			break
		}
		s = f.transfer(s, ev)
	}
	return s, true
}

// entryFrom turns a state of from's into one of f's: headers by name;
// a status from's events wrote is one f cannot name; the error responses
// and writes from's rules count are from's (f's say nothing of them).
func (f *Func) entryFrom(s state, from *Func) state {
	const named = 1<<bitImplicit | 1<<bitUnknown
	e := state{reached: true, noStatus: s.noStatus, body: s.body, bodyAll: s.bodyAll, statusAll: s.statusAll,
		opaque: s.opaque, sentSome: s.sentSome, sentAll: s.sentAll, statuses: s.statuses & named}
	if s.statuses&^named != 0 {
		e.statuses |= 1 << bitUnknown
	}
	if s.unsure == ^uint64(0) {
		e.unsure = ^uint64(0)
	}
	names := make([]string, 0, len(from.headers))
	for name := range from.headers {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		bit := uint64(1) << from.headers[name]
		if (s.may|s.unsure)&bit == 0 {
			continue
		}
		b, ok := f.headerBit(name)
		if !ok {
			e.unsure = ^uint64(0)
			continue
		}
		if s.must&bit != 0 {
			e.must |= b
		}
		if s.may&bit != 0 {
			e.may |= b
		}
		if s.unsure&bit != 0 {
			e.unsure |= b
		}
	}
	return e
}

// hide marks events as a callback's: on some paths only (the callee may
// not call it, or call it again), and out of the function's Events.
func hide(evs []*Event, cb *Func) []*Event {
	for _, ev := range evs {
		ev.Maybe, ev.hidden, ev.cb = true, true, cb
	}
	return evs
}

// unbound returns s without what it reads from its parameters: the
// callee, not the call, passes the callback its arguments.
func unbound(s *WriterSummary) *WriterSummary {
	bound := s.StatusParam >= 0 || s.BodyParam >= 0 || len(s.HeaderMaps) > 0 || len(s.OptionMaps) > 0 || s.Split != nil
	for _, c := range s.Statuses {
		bound = bound || c.Param != -1
	}
	if !bound {
		return s
	}
	u := *s
	if u.StatusParam >= 0 {
		u.StatusParam, u.StatusFrom = -1, "" // StatusCode 0: unknown
	}
	if u.BodyParam >= 0 {
		u.BodyParam, u.BodyShape = -1, knowledge.ShapeData
	}
	u.HeaderMaps, u.OptionMaps, u.Split = nil, nil, nil
	if len(s.Statuses) > 0 {
		u.Statuses = make([]CarriedStatus, 0, len(s.Statuses))
		for _, c := range s.Statuses {
			if c.Param != -1 {
				c = CarriedStatus{Param: -1, Unknown: true}
			}
			u.Statuses = append(u.Statuses, c)
		}
	}
	return &u
}

// handedTo returns the function parameter of this declaration that call
// calls, if it does: withUser's fn(w, u) hands the response to what its
// caller passes (see WriterSummary.Runs).
func (f *funcInfo) handedTo(call *ast.CallExpr) *types.Var {
	if f.obj == nil {
		return nil
	}
	v, ok := typeutil.Callee(f.pkg.pass.TypesInfo, call).(*types.Var)
	if !ok {
		return nil
	}
	if _, isParam := f.params[v]; !isParam {
		return nil
	}
	return v
}
