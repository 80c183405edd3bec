package response

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"golang.org/x/tools/go/types/typeutil"
)

// Kind is the kind of an event.
type Kind uint8

const (
	SetHeader   Kind = iota + 1 // a header is set or added
	DelHeader                   // a header is removed
	WriteStatus                 // a status line is written
	WriteBody                   // body bytes are written
	Opaque                      // the response reaches code the model cannot see
	Flush                       // the status line and headers are sent (200 if no status was written)
)

var kindNames = [...]string{"", "SetHeader", "DelHeader", "WriteStatus", "WriteBody", "Opaque", "Flush"}

func (k Kind) String() string { return kindNames[k] }

// An Event is one thing a function does to a response, at one point of its
// control-flow graph.
type Event struct {
	Kind   Kind
	Call   ast.Node    // the call (or assignment) that does it
	Writer *types.Var  // the response it acts on
	Callee *types.Func // the helper it comes from, when it comes from a WriterSummary
	Maybe  bool        // the helper does it on some paths only
	// Deferred: nothing is sent yet (gin's c.Status, fiber's buffered
	// response): a later status replaces this one, later headers still count.
	Deferred bool

	Header string // SetHeader, DelHeader: canonical name; "" when not constant
	Status Status // WriteStatus
	Shape  knowledge.Shape
	Text   string // WriteBody: the body's text when it is a constant (or a constant error message)

	Guard *Guard // innermost error path around the event, nil if none
	// Unrouted (for status writes): the event sits behind a check of the
	// request's method that no request the handler's router sends it can
	// pass (the 405 of `if r.Method != http.MethodGet` in a handler
	// registered with r.Get): the router answers other methods itself, and
	// the path is dead.
	Unrouted bool
	// HandsOff: an Opaque event that runs the next handler of the chain
	// (next.ServeHTTP(w, r), next(c), gin's c.Next()): it writes its own
	// response.
	HandsOff bool
	// Aborts: the call also stops the handler chain (gin's c.Abort*).
	Aborts bool
	// Discarded: a helper writes this on some paths only and says so in
	// its result, which the call drops (decode(w, r, &v) as a statement).
	Discarded bool

	cond          ast.Expr // see Condition
	methodChecked bool     // see MethodChecked
	checkedKey    string   // see CheckedCall
	checkedCall   ast.Node

	fn        *Func
	statusVar *types.Var // WriteStatus: the local variable the status is passed in, if any
	central   bool       // see Central
	bodyArg   ast.Expr   // WriteBody: the body value, when one argument holds it
	errBody   *Guard     // see ErrorBody
	returned  bool       // see Returned
	node      ast.Node   // the CFG node holding the call
	bodyParam int        // WriteBody: the parameter holding the body value, in a helper
	fromMap   string     // SetHeader: copies the entries of this map field of the receiver (see builder.go)
	sink      bool       // WriteBody: the writer handed on as an io.Writer (see settleSinks)
	fromOpts  bool       // with fromMap: of the value the variadic options are applied to (see options.go)
	keys      []string   // SetHeader of no one name: the names it sets one of (a range over a constant map)
	index     int        // among the writer's status events, for the dataflow
	errIndex  int        // among the writer's error responses, or -1
	before    state
	// ownBody (WriteBody, Maybe): the helper writes it, with no status
	// first, on every path where it hands back no status (StatusSplit):
	// it goes out with 200 on some path, though not on all.
	ownBody bool
	// hidden: a callback's, run by the callee of Call (see Func.hidden);
	// cb is the callback's model, when it is a function of this package.
	hidden bool
	cb     *Func

	result *ResultResponse // see Result
}

// Central reports whether the event is a central writer's status
// (respondErr(w, err), apiutil.ErrorHandler(c, errWithCode)): the helper
// writes what the error it is given carries, so what it adds for a status
// it adds for every caller. Event.Callee names it.
func (e *Event) Central() bool { return e.central && e.Callee != nil }

// Pos returns the position of the call that caused the event.
func (e *Event) Pos() token.Pos { return e.Call.Pos() }

// Status is the status an event writes: the constant values that reach it.
type Status struct {
	Values  []StatusValue
	Unknown bool // some value reaching the write is not a constant
}

// StatusValue is one constant status and where it was chosen.
type StatusValue struct {
	Code int
	Expr ast.Expr // where the status is chosen, in this function (or this package's mapper); nil when in another package's callee
	// Const is the constant itself, when this package holds it: Expr,
	// or the return of a constructor Expr calls.
	Const    ast.Expr
	Guard    *Guard // the error path where it was chosen
	param    int    // in a helper: the parameter holding the status (Code 0), or recvParam
	from     string // with param: the key the status is read from it by (see values.go)
	viaField bool   // read from a field of a value (res.Code): see FromField
	// dflt, parserCase: see CarriedStatus.Default and ParserCase.
	dflt, parserCase bool
	// opts, optDefault: see CarriedStatus.Options and OptionDefault.
	opts       bool
	optDefault int
	// choice: one of several a callee or table chooses between by a
	// condition the call does not show (a mapper's cases): its Guard,
	// when set, is the callee's, and the call's own error path says
	// nothing of which one is sent.
	choice bool
	// except: with param, the codes the helper never writes through it
	// (see fieldExcept), as a range list.
	except string
	// named: what the error that carries the status says it is about, in
	// the constructor's arguments (BadRequest(reason.EmailDuplicate), New(400,
	// "user already exists")): a conflict. See namedOrigin.
	named *Origin
}

// Codes returns the known codes.
func (s Status) Codes() []int {
	var out []int
	for _, v := range s.Values {
		if v.Code != 0 {
			out = append(out, v.Code)
		}
	}
	return out
}

type roleKind = knowledge.Role

// roleOf returns the response e is a handle on, and how: the writer itself,
// its header map, or a body encoder over it.
func (f *funcInfo) roleOf(e ast.Expr) (*types.Var, roleKind) {
	info := f.pkg.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := f.localVar(e)
		if v == nil {
			return nil, knowledge.RoleNone
		}
		if a, ok := f.aliases[v]; ok {
			return a.writer, a.role
		}
		if isWriterType(v.Type()) {
			return v, knowledge.RoleWriter
		}
		// w := c.Writer in the enclosing function, used by a closure.
		if o := f.outerInfo(); o != nil && !(f.body.Pos() <= v.Pos() && v.Pos() < f.body.End()) {
			if _, isParam := f.params[v]; !isParam {
				return o.roleOf(e)
			}
		}
	case *ast.SelectorExpr:
		// r.rw in a builder's method: the response it writes.
		if f.recvField(e, f.recvWriter) {
			return f.recvWriter, knowledge.RoleWriter
		}
		// c.Writer (gin), c.Response().Writer (echo): a field that is the
		// response writer of the context it is selected from.
		if sel, ok := info.Selections[e]; ok && sel.Kind() == types.FieldVal {
			if name := contextName(sel.Recv()); name != "" && knowledge.Field(name+"."+e.Sel.Name) == knowledge.RoleWriter {
				if w, role := f.roleOf(e.X); role == knowledge.RoleWriter {
					return w, knowledge.RoleWriter
				}
			}
		}
	case *ast.TypeAssertExpr:
		// w.(http.Flusher)
		if e.Type != nil && isNamed(info.TypeOf(e.Type), "net/http", "Flusher") {
			if w, role := f.roleOf(e.X); role == knowledge.RoleWriter {
				return w, knowledge.RoleFlusher
			}
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, e).(*types.Func)
		if fn == nil {
			return nil, knowledge.RoleNone
		}
		rule, ok := f.pkg.rule(fn)
		if !ok || rule.Result == knowledge.RoleNone {
			return nil, knowledge.RoleNone
		}
		if w, ok := f.matches(e, rule); ok {
			return w, rule.Result
		}
	}
	return nil, knowledge.RoleNone
}

// matches reports whether call applies rule to a response, and to which.
func (f *funcInfo) matches(call *ast.CallExpr, rule knowledge.Call) (*types.Var, bool) {
	if rule.Arg != knowledge.NoArg {
		if rule.Arg >= len(call.Args) {
			return nil, false
		}
		if rule.ArgRole == knowledge.RoleRequest {
			// render.Status(r, code): the request stands for the response
			// this function writes, when it writes just one.
			if !isRequestType(f.pkg.pass.TypesInfo.TypeOf(call.Args[rule.Arg])) {
				return nil, false
			}
			w := f.soleWriter()
			return w, w != nil
		}
		w, role := f.roleOf(call.Args[rule.Arg])
		return w, w != nil && role == rule.ArgRole
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	w, role := f.roleOf(sel.X)
	return w, w != nil && role == rule.Recv
}

// findAliases records locals that hold a handle on a response:
// h := w.Header(), enc := json.NewEncoder(w). A local assigned anything else
// as well is not an alias.
// outerInfo returns the function a literal is written in, with its
// aliases found; nil for a declaration.
func (f *funcInfo) outerInfo() *funcInfo {
	if f.outerDone {
		return f.outer
	}
	f.outerDone = true
	lit, ok := f.node.(*ast.FuncLit)
	if !ok {
		return nil
	}
	c, ok := f.pkg.litCursors[lit]
	if !ok {
		return nil
	}
	for p := range c.Parent().Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if o := f.pkg.info(p.Node()); o != nil {
			if !o.aliased {
				o.findAliases()
			}
			f.outer = o
		}
		break
	}
	return f.outer
}

// outerAliases reports whether a literal's enclosing functions hold
// aliases of a response (w := c.Writer) it may use.
func (f *funcInfo) outerAliases() bool {
	for o := f.outerInfo(); o != nil; o = o.outerInfo() {
		if len(o.aliases) > 0 {
			return true
		}
	}
	return false
}

func (f *funcInfo) findAliases() {
	f.aliased = true
	bad := map[*types.Var]bool{}
	// set records v as an alias; two different ones make it none.
	set := func(v *types.Var, a alias) {
		if old, ok := f.aliases[v]; ok && old != a {
			bad[v] = true
		}
		if f.aliases == nil {
			f.aliases = make(map[*types.Var]alias)
		}
		f.aliases[v] = a
	}
	record := func(lhs, rhs ast.Expr) {
		v := f.localVar(lhs)
		if v == nil {
			return
		}
		if isWriterType(v.Type()) {
			// w := c.Response() (echo v5), w := e.Response (pocketbase):
			// the context's own writer under another name, when that is
			// all the local ever holds.
			if _, isParam := f.params[v]; isParam {
				return
			}
			w, role := f.roleOf(rhs)
			if w == nil || w == v || role != knowledge.RoleWriter {
				bad[v] = true
				return
			}
			set(v, alias{w, role})
			return
		}
		w, role := f.roleOf(rhs)
		if w == nil {
			w, role = f.wrapperOf(rhs)
		}
		if w == nil || role == knowledge.RoleWriter && isWriterType(v.Type()) {
			if _, ok := f.aliases[v]; ok {
				bad[v] = true
			}
			return
		}
		set(v, alias{w, role})
	}
	ast.Inspect(f.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i := range n.Lhs {
					record(n.Lhs[i], n.Rhs[i])
				}
			} else if len(n.Lhs) == 2 && len(n.Rhs) == 1 {
				// f, ok := w.(http.Flusher)
				if _, ok := ast.Unparen(n.Rhs[0]).(*ast.TypeAssertExpr); ok {
					record(n.Lhs[0], n.Rhs[0])
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i := range n.Names {
					record(n.Names[i], n.Values[i])
				}
			}
		}
		return true
	})
	for v := range bad {
		delete(f.aliases, v)
	}
}

// extract turns the calls in one CFG node into events, in evaluation order.
func (f *funcInfo) extract(fn *Func, node ast.Node) []*Event {
	switch node.(type) {
	case *ast.DeferStmt, *ast.GoStmt:
		// Deferred calls run after the handler returns; goroutines whenever.
		return nil
	}
	info := f.pkg.pass.TypesInfo
	var calls []*ast.CallExpr
	var assigns []*ast.AssignStmt
	var writerUses []*ast.Ident
	var stack []ast.Node
	hasBuilder, builder := false, false // a builder variable's use (see builderVars)
	benign := map[*ast.Ident]bool{}
	use := func(id *ast.Ident, whole ast.Expr) {
		writerUses = append(writerUses, id)
		if len(stack) > 0 {
			switch p := stack[len(stack)-1].(type) {
			case *ast.SelectorExpr, *ast.TypeAssertExpr, *ast.BinaryExpr:
				benign[id] = true
			case *ast.AssignStmt:
				for _, l := range p.Lhs {
					if l == whole {
						benign[id] = true // w = x: a redefinition, not a use
					}
				}
			}
		}
	}
	ast.Inspect(node, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			calls = append(calls, n)
		case *ast.AssignStmt:
			assigns = append(assigns, n)
		case *ast.SelectorExpr:
			// r.rw, a builder's writer field.
			if f.recvField(n, f.recvWriter) {
				use(n.Sel, n)
				return false
			}
		case *ast.Ident:
			if v := f.localVar(n); v != nil && isWriterType(v.Type()) {
				use(n, n)
			} else if v != nil && structWriter(v.Type()) != nil {
				_, builder = f.builderVars()[v]
				hasBuilder = hasBuilder || builder
			}
		}
		stack = append(stack, n)
		return true
	})
	// lw := &loggingWriter{ResponseWriter: w}: w goes into an alias of
	// itself, not somewhere unseen.
	for _, as := range assigns {
		for i, lhs := range as.Lhs {
			v := f.localVar(lhs)
			if v == nil || i >= len(as.Rhs) {
				continue
			}
			if _, ok := f.aliases[v]; !ok {
				continue
			}
			if w, _ := f.wrapperOf(as.Rhs[i]); w != nil {
				ast.Inspect(as.Rhs[i], func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok {
						benign[id] = true
					}
					return true
				})
			}
		}
	}
	if _, isReturn := node.(*ast.ReturnStmt); !isReturn && !hasBuilder && len(writerUses) == 0 && len(f.aliases) == 0 && !f.outerAliases() && !f.callsClosure(calls) && !f.callsViaRequest(calls) && !f.usesRecv(calls) && !f.passesCallback(calls) {
		return nil
	}
	// Inner calls are evaluated before the calls that contain them.
	sort.SliceStable(calls, func(i, j int) bool { return calls[i].End() < calls[j].End() })
	// reply.To(w).Code(401).JSON(v): the chain's calls are the terminal
	// call's, which writes what they built.
	inner := map[*ast.CallExpr]bool{}
	terminals := f.builderCalls(calls, inner)

	var events []*Event
	consumed := map[*ast.Ident]bool{}
	consume := func(e ast.Expr) {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				consumed[id] = true
			}
			return true
		})
	}
	emit := func(ev *Event) {
		fw := knowledge.FrameworkOf(contextName(ev.Writer.Type()))
		switch {
		case ev.Kind == WriteStatus && fw.KeepsStatusBelow1 && keepsStatus(ev.Status):
			return // c.JSON(-1, obj): the status stays as it is
		case fw.Buffered && (ev.Kind == WriteStatus || ev.Kind == WriteBody):
			ev.Deferred = true // fasthttp sends nothing before the handler returns
		}
		ev.fn = fn
		ev.node = node
		ev.Guard = f.guardAt(ev.Call.Pos())
		// decode(w, r, &v) as a statement: a helper that writes on some
		// paths says so in a result, and this call drops it.
		if es, ok := node.(*ast.ExprStmt); ok && ev.Maybe && ev.Callee != nil && ast.Unparen(es.X) == ev.Call && ev.Callee.Signature().Results().Len() > 0 {
			ev.Discarded = true
		}
		if ev.Kind == SetHeader && f.inLoop(ev.Call.Pos()) {
			// for _, m := range allowed { w.Header().Add("Allow", m) }: the
			// loop almost surely runs, but the model cannot know: unsure.
			ev.Maybe = true
		}
		events = append(events, ev)
	}
	for _, call := range calls {
		if inner[call] {
			consume(call)
			continue
		}
		if use, ok := terminals[call]; ok {
			for _, c := range use.chain {
				consume(c)
			}
			for _, ev := range f.expandSummary(call, use.w, use.callee, use.sum, use.recv, use.chain) {
				emit(ev)
			}
			continue
		}
		callee := typeutil.Callee(info, call)
		if b, ok := callee.(*types.Builtin); ok && b.Name() == "delete" && len(call.Args) == 2 {
			if w, role := f.roleOf(call.Args[0]); role == knowledge.RoleHeader {
				consume(call.Args[0])
				emit(&Event{Kind: DelHeader, Call: call, Writer: w, Header: f.headerName(call.Args[1])})
			}
			continue
		}
		fnObj, _ := callee.(*types.Func)
		// c.Error(err): the package's middleware writes err later.
		if f.pkg.recorder != nil && f.isRecorder(call) {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				if w, role := f.roleOf(sel.X); role == knowledge.RoleWriter {
					consume(sel.X)
					for _, ev := range f.recordedEvents(call, w) {
						emit(ev)
					}
					continue
				}
			}
		}
		{
			if rule, ok := f.ruleOf(callee); ok {
				if w, ok := f.matches(call, rule); ok {
					if rule.Arg != knowledge.NoArg {
						consume(call.Args[rule.Arg])
					} else {
						consume(call.Fun)
					}
					for _, eff := range rule.Effects {
						if ev := f.effectEvent(call, w, eff); ev != nil {
							// gin's c.Writer only records a status passed to
							// WriteHeader, by the handler or by http.Error
							// and http.Redirect: the first body write sends it.
							if ev.Kind == WriteStatus && fnObj != nil && fnObj.Pkg() != nil && fnObj.Pkg().Path() == "net/http" &&
								knowledge.FrameworkOf(contextName(w.Type())).DefersWriteHeader {
								ev.Deferred = true
							}
							emit(ev)
						}
					}
					continue
				}
			}
		}
		// b.writeHeaders() in a builder's method: what that method does
		// through the same field; callback(b) hands the response on.
		if evs, ok := f.recvEvents(call, fnObj); ok {
			for _, ev := range evs {
				emit(ev)
			}
			continue
		}
		// A closure of this function: its effects on the writers it uses.
		if lit := f.closureOf(call.Fun); lit != nil {
			if evs, ok := f.closureEvents(call, lit, consume); ok {
				for _, ev := range evs {
					emit(ev)
				}
				continue
			}
		}
		// A call that is handed the writer: a helper we have a summary of,
		// or code we cannot see.
		var runs []int // see WriterSummary.Runs
		var runsW *types.Var
		for i, arg := range call.Args {
			w, role := f.roleOf(arg)
			if w != nil && role == knowledge.RoleHeader {
				// maps.Copy(w.Header(), h): it may set any header; from a
				// map field of a builder, the headers the chain added.
				consume(arg)
				ev := &Event{Kind: SetHeader, Call: call, Writer: w, Maybe: true, bodyParam: -1}
				if fnObj != nil && fnObj.FullName() == "maps.Copy" && i == 0 && len(call.Args) == 2 {
					ev.fromMap = f.recvMapField(call.Args[1])
				}
				emit(ev)
				continue
			}
			if w == nil || role != knowledge.RoleWriter {
				continue
			}
			consume(arg)
			// store.Find(c, id) with c a *gin.Context: passed as a
			// context.Context, it is read for deadlines and values only.
			if isContextType(paramType(f.pkg.pass.TypesInfo, call, i)) {
				continue
			}
			var sum *WriterSummary
			if fnObj != nil {
				sum = f.pkg.summaryOf(fnObj)
			}
			if sum == nil && onlyWrites(paramType(f.pkg.pass.TypesInfo, call, i)) {
				// gz.Reset(w): code that sees the response as an io.Writer
				// can only add to its body, now or later (see settleSinks).
				emit(&Event{Kind: WriteBody, Call: call, Writer: w, Callee: fnObj, Maybe: true, Shape: knowledge.ShapeData, bodyParam: -1, sink: true})
				continue
			}
			if sum == nil || sum.Opaque || sum.Writer != i {
				ev := &Event{Kind: Opaque, Call: call, Writer: w, Callee: fnObj, HandsOff: f.handsOff(call, fnObj)}
				if p := f.handedTo(call); p != nil {
					if f.runs == nil {
						f.runs = make(map[*Event]*types.Var)
					}
					f.runs[ev] = p
				}
				emit(ev)
				continue
			}
			if len(sum.Runs) > 0 {
				runs, runsW = sum.Runs, w
			}
			// return renderJSON(w, v) to a wrapper that writes the status.
			if evs, ok := f.handBackEvents(node, call, w, fnObj, sum); ok {
				for _, ev := range evs {
					emit(ev)
				}
				continue
			}
			for _, ev := range markOwnBody(f.expandSummary(call, w, fnObj, sum, nil, nil), sum.Split) {
				emit(ev)
			}
		}
		// withID(c, "id", func(id uint) {...}): what the callee runs.
		if fnObj != nil && (runs != nil || len(call.Args) > 0 && takesFunc(fnObj.Signature())) {
			for _, ev := range f.callbackEvents(call, fnObj, runs, runsW) {
				emit(ev)
			}
		}
	}
	// w.Header()["Allow"] = []string{...}
	for _, as := range assigns {
		for _, lhs := range as.Lhs {
			ix, ok := ast.Unparen(lhs).(*ast.IndexExpr)
			if !ok {
				continue
			}
			if w, role := f.roleOf(ix.X); role == knowledge.RoleHeader {
				consume(ix.X)
				ev := &Event{Kind: SetHeader, Call: as, Writer: w, Header: f.headerName(ix.Index)}
				if ev.Header == "" {
					ev.fromMap, ev.fromOpts = f.rangedMap(ix.Index)
					ev.keys = f.constMapKeys(ix.Index)
				}
				emit(ev)
			}
		}
	}
	// return echo.NewHTTPError(401), return fiber.ErrUnauthorized: the
	// framework writes the status of the error a handler returns.
	if ret, ok := node.(*ast.ReturnStmt); ok {
		for _, ev := range f.returnEvents(ret) {
			emit(ev)
		}
	}
	// Any other use of the writer (stored in a struct, assigned, returned)
	// lets it escape: from here on, anything may happen to it.
	for _, id := range writerUses {
		if consumed[id] || benign[id] {
			continue
		}
		w, _ := f.roleOf(id) // an alias escapes with its response
		if w == nil {
			w = f.localVar(id)
		}
		if w == nil {
			w = f.recvWriter // r.rw: only a builder's writer field is a use by its name
		}
		emit(&Event{Kind: Opaque, Call: id, Writer: w})
	}
	sort.SliceStable(events, func(i, j int) bool { return events[i].Call.End() < events[j].Call.End() })
	return events
}

// effectEvent turns one effect of a known call into an event.
func (f *funcInfo) effectEvent(call *ast.CallExpr, w *types.Var, eff knowledge.Effect) *Event {
	arg := func(i int) ast.Expr {
		if i >= 0 && i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	ev := &Event{Call: call, Writer: w, bodyParam: -1, Deferred: eff.Deferred, Maybe: eff.Maybe, Aborts: eff.Aborts}
	switch eff.Kind {
	case knowledge.SetHeader, knowledge.DelHeader:
		ev.Kind = SetHeader
		if eff.Kind == knowledge.DelHeader {
			ev.Kind = DelHeader
		}
		ev.Header = eff.Header
		if a := arg(eff.HeaderArg); a != nil {
			ev.Header = f.headerName(a)
			if ev.Header == "" && ev.Kind == SetHeader {
				ev.fromMap, ev.fromOpts = f.rangedMap(a)
				ev.keys = f.constMapKeys(a)
			}
		}
	case knowledge.Status:
		ev.Kind = WriteStatus
		if a := arg(eff.CodeArg); a != nil {
			ev.Status = f.evalStatus(a, call, 0)
			ev.statusVar = f.localVar(a)
		} else if eff.Code == 0 {
			ev.Status = Status{Unknown: true} // chosen by code the model cannot see
		} else {
			ev.Status = Status{Values: []StatusValue{{Code: eff.Code, param: -1}}}
		}
	case knowledge.Body:
		ev.Kind = WriteBody
		ev.Shape = eff.Shape
		if eff.BodyArg != knowledge.NoArg {
			args := call.Args
			if eff.BodyArg < len(args) {
				args = args[eff.BodyArg:]
				if !eff.BodyVar {
					args = args[:1]
				}
			} else {
				args = nil
			}
			ev.Shape = knowledge.ShapeData
			for _, a := range args {
				s, p, text := f.shapeOf(a, 0)
				if s.IsError() || len(args) == 1 {
					ev.Shape, ev.bodyParam, ev.Text = s, p, text
					ev.bodyArg = a
				}
				if s.IsError() {
					break
				}
			}
		}
		if eff.Shape == knowledge.ShapeError && eff.BodyArg == knowledge.NoArg {
			// http.Error(w, msg, code): the message is the body.
			if len(call.Args) > 1 {
				if _, _, text := f.shapeOf(call.Args[1], 0); text != "" {
					ev.Text = text
				}
			}
		}
	case knowledge.Opaque:
		ev.Kind = Opaque
		ev.HandsOff = eff.HandsOff
	case knowledge.Flush:
		ev.Kind = Flush
		// w = struct{ http.ResponseWriter }{w}: a writer that can neither
		// flush nor unwrap to one that can; a flush of it does nothing.
		ev.Maybe = ev.Maybe || f.mayNotFlush(w)
	default:
		return nil
	}
	return ev
}

// expandSummary turns a call to a summarised helper into events; for a
// builder's terminal method, recv is the call's receiver and chain the
// builder chain it ends (see builder.go).
func (f *funcInfo) expandSummary(call *ast.CallExpr, w *types.Var, callee *types.Func, s *WriterSummary, recv ast.Expr, chain []*ast.CallExpr) []*Event {
	var out []*Event
	mk := func(k Kind) *Event {
		return &Event{Kind: k, Call: call, Writer: w, Callee: callee, bodyParam: -1}
	}
	// What the chain put in the maps the terminal method copies, and
	// what the options put in the maps the helper copies.
	var added []string
	for _, m := range s.HeaderMaps {
		added = append(added, f.builderHeaders(chain, m)...)
	}
	if len(s.OptionMaps) > 0 && callee != nil && callee.Signature().Variadic() {
		if n := callee.Signature().Params().Len() - 1; n <= len(call.Args) {
			for _, m := range s.OptionMaps {
				added = append(added, f.optionHeaders(call, call.Args[n:], m)...)
			}
		}
	}
	for _, h := range added {
		ev := mk(SetHeader)
		ev.Header, ev.Maybe = h, h == ""
		out = append(out, ev)
	}
	// Deletions first: what the helper sets after deleting it stays set.
	for _, h := range s.Deletes {
		ev := mk(DelHeader)
		ev.Header = h
		out = append(out, ev)
	}
	for _, h := range s.Headers {
		ev := mk(SetHeader)
		ev.Header = h
		out = append(out, ev)
	}
	for _, h := range s.MaybeHeaders {
		ev := mk(SetHeader)
		ev.Header, ev.Maybe = h, true
		out = append(out, ev)
	}
	// A body or a flush that may go before the status: on those paths the
	// response leaves with 200 and the status is ignored.
	switch {
	case !s.BodyFirst || s.Deferred:
	case s.Body != Never:
		ev := mk(WriteBody)
		ev.Maybe = true
		ev.Shape = s.BodyShape
		out = append(out, ev)
	case s.Flush:
		ev := mk(Flush)
		ev.Maybe = true
		out = append(out, ev)
	}
	if s.Status != Never {
		ev := mk(WriteStatus)
		ev.Maybe = s.Status == Sometimes
		ev.Deferred = s.Deferred || s.StatusDeferred
		// Recorded on some paths, sent on others: whether the response
		// has gone is not known after the call.
		ev.Maybe = ev.Maybe || s.StatusMixed
		// A helper over a plain http.ResponseWriter, handed gin's
		// c.Writer: its WriteHeader only records the status.
		if callee != nil && s.Writer >= 0 && s.Writer < callee.Signature().Params().Len() &&
			contextName(callee.Signature().Params().At(s.Writer).Type()) == "net/http.ResponseWriter" &&
			knowledge.FrameworkOf(contextName(w.Type())).DefersWriteHeader {
			ev.Deferred = true
		}
		switch {
		case s.StatusCode != 0:
			ev.Status = Status{Values: []StatusValue{{Code: s.StatusCode, param: -1}}}
		case s.StatusParam >= 0 && s.StatusParam < len(call.Args) && s.StatusFrom != "":
			ev.Status = f.carried(call.Args[s.StatusParam], s.StatusFrom, call, 0)
			ev.central = true
		case s.StatusParam >= 0 && s.StatusParam < len(call.Args):
			ev.Status = f.evalStatus(call.Args[s.StatusParam], call, 0)
			ev.statusVar = f.localVar(call.Args[s.StatusParam])
		case len(s.Statuses) > 0:
			list := make([]carried, len(s.Statuses))
			for i, c := range s.Statuses {
				list[i] = fromFact(c)
			}
			ev.Status = f.bind(call, call.Args, recv, callee, f.fallback(call, list), call, 0)
			for _, c := range s.Statuses {
				ev.central = ev.central || c.From != "" && c.Param >= 0
			}
		default:
			ev.Status = Status{Unknown: true}
		}
		out = append(out, ev)
	}
	if s.Body != Never {
		ev := mk(WriteBody)
		ev.Maybe = s.Body == Sometimes
		ev.Deferred = s.Deferred
		ev.Shape = s.BodyShape
		if s.BodyParam >= 0 && s.BodyParam < len(call.Args) {
			ev.Shape, ev.bodyParam, ev.Text = f.shapeOf(call.Args[s.BodyParam], 0)
			ev.bodyArg = call.Args[s.BodyParam]
		}
		out = append(out, ev)
	}
	if s.Flush {
		ev := mk(Flush)
		ev.Maybe = true
		out = append(out, ev)
	}
	return out
}

// headerName returns the canonical header name in e, or "" if not constant.
func (f *funcInfo) headerName(e ast.Expr) string {
	tv := f.pkg.pass.TypesInfo.Types[e]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	return canonicalHeader(constant.StringVal(tv.Value))
}

// evalStatus traces a status expression to the constants that reach it.
func (f *funcInfo) evalStatus(e ast.Expr, at ast.Node, depth int) Status {
	info := f.pkg.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if c, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok {
			return Status{Values: []StatusValue{{Code: int(c), Expr: e, Const: e, Guard: f.guardAt(e.Pos()), param: -1}}}
		}
		return Status{Unknown: true}
	}
	if depth > maxValueDepth {
		return Status{Unknown: true}
	}
	if st, ok := f.narrowedField(e); ok {
		return st
	}
	v := f.localVar(e)
	if v == nil {
		return f.valueStatus(e, at, depth)
	}
	if l, ok := f.locate(at); ok {
		at = l.block.Nodes[l.index]
	}
	defs, ok := f.reaching(v, at)
	if !ok {
		return Status{Unknown: true}
	}
	var st Status
	for _, d := range defs {
		switch {
		case d.param >= 0:
			st.Values = append(st.Values, StatusValue{param: d.param})
		case d.rhs == nil || d.tuple == tupleAs:
			st.Unknown = true
		default:
			var sub Status
			call, isCall := ast.Unparen(d.rhs).(*ast.CallExpr)
			index, isIndex := ast.Unparen(d.rhs).(*ast.IndexExpr)
			switch {
			case d.tuple >= 0 && isCall:
				sub = f.callStatus(call, d.tuple, "", d.node, depth+1)
			case d.tuple == 0 && isIndex:
				sub = f.tableStatus(index) // s, ok := table[k]
			case d.tuple == tupleRange:
				sub = f.tableStatus(&ast.IndexExpr{X: d.rhs})
				sub.Unknown = sub.Unknown && len(sub.Values) == 0 // a range sees only the entries
			case d.tuple >= 0:
				sub = Status{Unknown: true}
			default:
				sub = f.evalStatus(d.rhs, d.node, depth+1)
			}
			st.Unknown = st.Unknown || sub.Unknown
			for _, sv := range sub.Values {
				if sv.Guard == nil && !sv.choice {
					sv.Guard = f.guardAt(d.node.Pos())
				}
				st.Values = append(st.Values, sv)
			}
		}
	}
	return f.refine(v, e.Pos(), st)
}

// shapeOf tells what a body value looks like: error-shaped, nil, or data;
// in a helper, which parameter it is; and its text when constant.
func (f *funcInfo) shapeOf(e ast.Expr, depth int) (shape knowledge.Shape, param int, text string) {
	info := f.pkg.pass.TypesInfo
	e = ast.Unparen(e)
	if isNilIdent(info, e) {
		return knowledge.ShapeNil, -1, ""
	}
	tv := info.Types[e]
	if tv.Value != nil && tv.Value.Kind() == constant.String {
		s := constant.StringVal(tv.Value)
		if s == "" {
			return knowledge.ShapeNil, -1, "" // net/http ignores an empty write
		}
		if t := strings.TrimSpace(s); strings.HasPrefix(t, `{"error"`) {
			return knowledge.ShapeErrorObject, -1, s
		}
		return knowledge.ShapeData, -1, s
	}
	if depth > maxDepth {
		return knowledge.ShapeData, -1, ""
	}
	if isErrorType(tv.Type) {
		return knowledge.ShapeError, -1, ""
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		// []byte(x), string(x)
		if ftv, ok := info.Types[e.Fun]; ok && ftv.IsType() && len(e.Args) == 1 {
			return f.shapeOf(e.Args[0], depth+1)
		}
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Error" && len(e.Args) == 0 && isErrorType(info.TypeOf(sel.X)) {
			return knowledge.ShapeError, -1, ""
		}
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && strings.HasPrefix(fn.Name(), "Sprint") {
			for _, a := range e.Args {
				if s, _, _ := f.shapeOf(a, depth+1); s.IsError() {
					return knowledge.ShapeError, -1, ""
				}
			}
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return f.shapeOf(e.X, depth+1)
		}
	case *ast.CompositeLit:
		if _, isSlice := types.Unalias(tv.Type).Underlying().(*types.Slice); isSlice && len(e.Elts) == 0 {
			return knowledge.ShapeNil, -1, "" // []byte{}
		}
		return f.compositeShape(e, depth)
	case *ast.Ident:
		v := f.localVar(e)
		if v == nil {
			break
		}
		vd := f.varDefs(v)
		if !vd.ok {
			break
		}
		if p := vd.defs[0].param; p >= 0 && len(vd.defs) == 1 {
			return knowledge.ShapeData, p, ""
		}
		if len(vd.defs) == 2 && vd.defs[1].rhs != nil && vd.defs[1].tuple == -1 {
			return f.shapeOf(vd.defs[1].rhs, depth+1)
		}
	}
	return knowledge.ShapeData, -1, ""
}

// errorKeys are the map keys and field names that make a body error-shaped.
var errorKeys = map[string]bool{"error": true, "err": true, "errors": true, "error_message": true, "errormessage": true, "errmsg": true}

// compositeShape looks for {"error": <non-empty>} or {"success": false}.
func (f *funcInfo) compositeShape(lit *ast.CompositeLit, depth int) (knowledge.Shape, int, string) {
	info := f.pkg.pass.TypesInfo
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		var key string
		if tv := info.Types[kv.Key]; tv.Value != nil && tv.Value.Kind() == constant.String {
			key = constant.StringVal(tv.Value)
		} else if id, ok := kv.Key.(*ast.Ident); ok {
			key = id.Name
		}
		key = strings.ToLower(key)
		val := info.Types[kv.Value]
		switch {
		case errorKeys[key]:
			if isNilIdent(info, kv.Value) || val.Value != nil && val.Value.Kind() == constant.String && constant.StringVal(val.Value) == "" {
				return knowledge.ShapeData, -1, "" // {"error": null} on a success response
			}
			// {"settled": 3, "errors": failedIDs}: a batch lists the items
			// that failed; the request itself succeeded.
			if batchList(val.Type) && len(lit.Elts) > 1 {
				return knowledge.ShapeData, -1, ""
			}
			text := ""
			if val.Value != nil && val.Value.Kind() == constant.String {
				text = constant.StringVal(val.Value)
			}
			return knowledge.ShapeErrorObject, -1, text
		case key == "success" || key == "ok":
			if val.Value != nil && val.Value.Kind() == constant.Bool && !constant.BoolVal(val.Value) {
				return knowledge.ShapeErrorObject, -1, f.messageIn(lit)
			}
		}
	}
	// {"order": nil}, gin.H{"data": nil}: an empty body in a wrapper.
	if len(lit.Elts) > 0 && allNil(info, lit) {
		return knowledge.ShapeNil, -1, ""
	}
	// A value of an error response type: ErrorResponse{Message: "..."}.
	if n, ok := types.Unalias(info.TypeOf(lit)).(*types.Named); ok && strings.Contains(n.Obj().Name(), "Error") && len(lit.Elts) > 0 {
		return knowledge.ShapeErrorObject, -1, f.messageIn(lit)
	}
	return knowledge.ShapeData, -1, ""
}

// allNil reports whether every element of lit is a key with a nil value.
func allNil(info *types.Info, lit *ast.CompositeLit) bool {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok || !isNilIdent(info, kv.Value) {
			return false
		}
	}
	return true
}

// batchList reports whether t is a list or a map of items that are not
// themselves errors (ids, names, per-item results): what a batch reports
// under "errors" beside what it did.
func batchList(t types.Type) bool {
	var elem types.Type
	switch u := t.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	case *types.Map:
		elem = u.Elem()
	default:
		return false
	}
	if isErrorType(elem) {
		return false
	}
	if b, ok := elem.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
		return false // error messages
	}
	return true
}

// messageIn returns a constant "message"/"error" string in a composite literal.
func (f *funcInfo) messageIn(lit *ast.CompositeLit) string {
	info := f.pkg.pass.TypesInfo
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if tv := info.Types[kv.Value]; tv.Value != nil && tv.Value.Kind() == constant.String {
				return constant.StringVal(tv.Value)
			}
		}
	}
	return ""
}

// closureOf returns the function literal a call calls: func(){...}() or a
// local variable assigned a literal once (writeErr := func(...) {...}).
func (f *funcInfo) closureOf(fun ast.Expr) *ast.FuncLit {
	switch e := ast.Unparen(fun).(type) {
	case *ast.FuncLit:
		return e
	case *ast.Ident:
		v := f.localVar(e)
		if v == nil {
			return nil
		}
		vd := f.varDefs(v)
		if !vd.ok || len(vd.defs) != 2 || vd.defs[0].param >= 0 {
			return nil
		}
		lit, _ := ast.Unparen(vd.defs[1].rhs).(*ast.FuncLit)
		return lit
	}
	return nil
}

// closureEvents expands a call of a local closure into events: for each
// writer the closure uses (captured, or passed as an argument), what its
// summary says. ok is false when the closure does nothing to a response.
func (f *funcInfo) closureEvents(call *ast.CallExpr, lit *ast.FuncLit, consume func(ast.Expr)) ([]*Event, bool) {
	lf := f.pkg.analyze(lit)
	if lf == nil || !lf.acts() {
		return nil, false
	}
	var out []*Event
	seen := map[*types.Var]bool{}
	for _, ev := range lf.allEvents() {
		w := ev.Writer
		if seen[w] {
			continue
		}
		seen[w] = true
		target, index := w, -1
		if i, ok := lf.info.params[w]; ok {
			// A writer parameter: the argument names the response.
			if i >= len(call.Args) {
				continue
			}
			a, role := f.roleOf(call.Args[i])
			if a == nil || role != knowledge.RoleWriter {
				continue
			}
			consume(call.Args[i])
			target, index = a, i
		}
		sum := lf.summarize(w, index)
		switch {
		case sum == nil:
		case sum.Opaque:
			out = append(out, &Event{Kind: Opaque, Call: call, Writer: target})
		default:
			evs := f.expandSummary(call, target, nil, sum, nil, nil)
			if index < 0 {
				// The closure's own body starts from an unknown state and
				// reports nothing about statuses it writes: the call does.
				for _, ev := range evs {
					for i := range ev.Status.Values {
						if ev.Status.Values[i].Expr == nil {
							ev.Status.Values[i].Expr = call
						}
					}
				}
			}
			out = append(out, evs...)
		}
	}
	return out, true
}

func (f *funcInfo) callsClosure(calls []*ast.CallExpr) bool {
	for _, c := range calls {
		if f.closureOf(c.Fun) != nil {
			return true
		}
	}
	return false
}

// soleWriter returns the response this function writes when there is just
// one: its only response parameter, or else the only response it uses.
func (f *funcInfo) soleWriter() *types.Var {
	if f.soleDone {
		return f.sole
	}
	f.soleDone = true
	var found *types.Var
	params := f.sig.Params()
	for i := 0; i < params.Len(); i++ {
		if v := params.At(i); isWriterType(v.Type()) {
			if found != nil {
				return nil
			}
			found = v
		}
	}
	if found == nil {
		ast.Inspect(f.body, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if v := f.localVar(id); v != nil && isWriterType(v.Type()) {
					if found != nil && found != v {
						found = nil
						return false
					}
					found = v
				}
			}
			return true
		})
	}
	f.sole = found
	return found
}

// returnEvents turns the error a handler returns into the status its
// framework writes for it.
func (f *funcInfo) returnEvents(ret *ast.ReturnStmt) []*Event {
	evs := f.returnEvents1(ret)
	for _, ev := range evs {
		ev.returned = true
	}
	return evs
}

func (f *funcInfo) returnEvents1(ret *ast.ReturnStmt) []*Event {
	if evs, ok := f.resultEvents(ret); ok {
		return evs
	}
	if evs := f.errorWriterEvents(ret); evs != nil {
		return evs
	}
	if evs := f.statusReturnEvents(ret); evs != nil {
		return evs
	}
	// A handler returns just an error; func(c) (string, error) is a helper.
	if len(ret.Results) != 1 || f.sig.Results().Len() != 1 || !returnsError(f.sig) {
		return nil
	}
	info := f.pkg.pass.TypesInfo
	res := ast.Unparen(ret.Results[len(ret.Results)-1])
	if isNilIdent(info, res) {
		return nil
	}
	w := f.soleWriter()
	if w == nil || !knowledge.FrameworkOf(contextName(w.Type())).WritesReturnedErrors() {
		return nil
	}
	// echo.NewHTTPError(500, "x").SetInternal(err), echo.ErrUnauthorized.WithInternal(err)
	for {
		call, ok := res.(*ast.CallExpr)
		if !ok {
			break
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			break
		}
		if m, _ := typeutil.Callee(info, call).(*types.Func); m == nil || !knowledge.ReturnWrapper(m.FullName()) {
			break
		}
		res = ast.Unparen(sel.X)
	}
	switch e := res.(type) {
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, e).(*types.Func)
		if fn == nil {
			return nil
		}
		rule, ok := knowledge.LookupReturn(fn.FullName())
		if !ok {
			return nil
		}
		var out []*Event
		for _, eff := range rule.Effects {
			if ev := f.effectEvent(e, w, eff); ev != nil {
				// e.UnauthorizedError(msg, nil): the status is fixed by
				// the helper, chosen here.
				for i, v := range ev.Status.Values {
					if v.Expr == nil && v.param < 0 {
						ev.Status.Values[i].Expr, ev.Status.Values[i].Guard = e, f.guardAt(e.Pos())
					}
				}
				out = append(out, ev)
			}
		}
		return out
	case *ast.UnaryExpr, *ast.CompositeLit:
		lit, ok := e.(*ast.CompositeLit)
		if u, isU := e.(*ast.UnaryExpr); isU && u.Op == token.AND {
			lit, ok = ast.Unparen(u.X).(*ast.CompositeLit)
		}
		if !ok {
			return nil
		}
		field, ok := knowledge.ReturnType(contextName(info.TypeOf(lit)))
		if !ok {
			return nil
		}
		st := Status{Unknown: true}
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == field {
					st = f.evalStatus(kv.Value, ret, 0)
				}
			}
		}
		// The error handler writes the body: the handler wrote none, so
		// body rules have nothing to say here.
		return []*Event{{Kind: WriteStatus, Call: e, Writer: w, Status: st, bodyParam: -1}}
	default:
		if obj := f.sentinelObj(res); obj != nil {
			if code, ok := knowledge.ReturnVar(qualifiedName(obj)); ok {
				v := StatusValue{Code: code, Expr: res, Guard: f.guardAt(res.Pos()), param: -1}
				return []*Event{{Kind: WriteStatus, Call: res, Writer: w, Status: Status{Values: []StatusValue{v}}, bodyParam: -1}}
			}
		}
	}
	// return err, with err a parser's error about the client's input:
	// the error handler answers what carries no status of its own with
	// its default (echo, fiber: 500).
	fw := knowledge.FrameworkOf(contextName(w.Type()))
	if fw.UnknownErrorStatus != 0 && f.carriesNothing(res, ret) {
		v := StatusValue{Code: fw.UnknownErrorStatus, Expr: res, Guard: f.guardAt(res.Pos()), param: -1}
		return []*Event{{Kind: WriteStatus, Call: res, Writer: w, Deferred: fw.Buffered, Status: Status{Values: []StatusValue{v}}, bodyParam: -1}}
	}
	return nil
}

// wrapperOf returns the response a wrapper literal delegates to:
// &loggingWriter{ResponseWriter: w}, whose embedded writer is w, is the same
// response under a type that records what passes through it.
func (f *funcInfo) wrapperOf(e ast.Expr) (*types.Var, roleKind) {
	x := ast.Unparen(e)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	lit, ok := x.(*ast.CompositeLit)
	if !ok {
		return nil, knowledge.RoleNone
	}
	for field, val := range litFields(f.pkg.pass.TypesInfo, lit) {
		if !field.Embedded() || !isNamed(field.Type(), "net/http", "ResponseWriter") {
			continue
		}
		if w, role := f.roleOf(val); role == knowledge.RoleWriter {
			return w, role
		}
	}
	return nil, knowledge.RoleNone
}

// paramType returns the type of the parameter that argument i of call is
// passed to, or nil.
func paramType(info *types.Info, call *ast.CallExpr, i int) types.Type {
	t := info.TypeOf(call.Fun)
	if t == nil {
		return nil
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return nil
	}
	n := sig.Params().Len()
	switch {
	case sig.Variadic() && i >= n-1:
		if call.Ellipsis.IsValid() {
			return nil
		}
		if sl, ok := sig.Params().At(n - 1).Type().(*types.Slice); ok {
			return sl.Elem()
		}
		return nil
	case i < n:
		return sig.Params().At(i).Type()
	}
	return nil
}

// Idioms returns how fixes are written for the framework of e's response.
func (e *Event) Idioms() knowledge.Idioms {
	if e.result != nil {
		return e.result.idioms()
	}
	return knowledge.IdiomsFor(contextName(e.Writer.Type()))
}

// keepsStatus reports whether every value of st is 0 or less.
func keepsStatus(st Status) bool {
	if st.Unknown || len(st.Values) == 0 {
		return false
	}
	for _, v := range st.Values {
		if v.Code > 0 || v.param >= 0 {
			return false
		}
	}
	return true
}

// callsViaRequest reports whether a call acts on the response through the
// request (render.Status(r, code)).
func (f *funcInfo) callsViaRequest(calls []*ast.CallExpr) bool {
	for _, c := range calls {
		if fn, ok := typeutil.Callee(f.pkg.pass.TypesInfo, c).(*types.Func); ok {
			if rule, ok := f.pkg.rule(fn); ok && rule.ArgRole == knowledge.RoleRequest {
				return true
			}
		}
	}
	return false
}

// ruleOf returns the rule for a callee: a function, or a package-level
// variable holding one (chi render's render.Respond), by qualified name.
func (f *funcInfo) ruleOf(callee types.Object) (knowledge.Call, bool) {
	switch c := callee.(type) {
	case *types.Func:
		return f.pkg.rule(c)
	case *types.Var:
		if name := pkgVarName(c); name != "" {
			return knowledge.Lookup(name)
		}
	}
	return knowledge.Call{}, false
}

// pkgVarName returns "pkgpath.Name" for a package-level variable, else "".
func pkgVarName(v *types.Var) string {
	if v.Pkg() == nil || v.Pkg().Scope().Lookup(v.Name()) != v {
		return ""
	}
	return v.Pkg().Path() + "." + v.Name()
}

// handsOff reports whether call passes the response to the next handler:
// a ServeHTTP method, or a function value (not a declared function) that
// is handed the writer: next(w, r), next(c) in an echo middleware.
func (f *funcInfo) handsOff(call *ast.CallExpr, fn *types.Func) bool {
	if fn != nil {
		return fn.Name() == "ServeHTTP" && fn.Signature().Recv() != nil
	}
	_, isVar := typeutil.Callee(f.pkg.pass.TypesInfo, call).(*types.Var)
	return isVar
}

// mayNotFlush reports whether w may hold a value of a type the model can
// see that has no Flush, FlushError or Unwrap method: flushing it through
// http.Flusher or http.ResponseController does nothing.
func (f *funcInfo) mayNotFlush(w *types.Var) bool {
	info := f.pkg.pass.TypesInfo
	for _, a := range f.assignments().of[w] {
		if a.rhs == nil || a.tuple >= 0 {
			continue
		}
		x := ast.Unparen(a.rhs)
		if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
			x = ast.Unparen(u.X)
		}
		if _, ok := x.(*ast.CompositeLit); !ok {
			continue
		}
		t := info.TypeOf(a.rhs)
		if t == nil {
			continue
		}
		ms := types.NewMethodSet(t)
		if ms.Lookup(nil, "Flush") == nil && ms.Lookup(nil, "FlushError") == nil && ms.Lookup(nil, "Unwrap") == nil {
			return true
		}
	}
	return false
}
