// Package response defines the response model every statuslint check reads:
// for each function that touches an http.ResponseWriter, the ordered events
// over its control-flow graph (headers set, status written, body written,
// response handed to code the model cannot see), the constant statuses that
// reach each write, the headers set on every path before it, whether it is
// on an error path and where that error came from. It exports facts that
// summarise response helpers and error-returning helpers, so the checks see
// through respond.JSON(w, status, v) and decodeJSON(r, &v) in any package.
//
// The model reports nothing itself. Checks Require it and read its Result.
package response

import (
	"go/ast"
	"go/types"
	"iter"
	"reflect"
	"slices"
	"sort"

	"github.com/statuslint/statuslint/passes/internal/crash"
	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

var Analyzer = &analysis.Analyzer{
	Name:       "response",
	Doc:        "build the response model of HTTP handlers: events, statuses, headers, error origins",
	URL:        "https://github.com/statuslint/statuslint",
	Requires:   []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(WriterSummary), new(ErrorOrigin), new(StatusFact), new(ErrorWriter), new(BuilderFact), new(OptionFact), new(RouterPrefix), new(AdapterFact), new(CallbackFact)},
}

// Result is the response model of one package.
type Result struct {
	funcs    []*Func
	handlers map[string]*AppErrorHandler // by framework name: see ErrorHandlerFor
	choices  []Choice                    // see Choices
	inv      inventoryData               // see inventory.go
}

// Funcs yields the functions that act on a response, in source order. A
// panic in the loop body is raised again naming the function it was
// handling, so a crashing check reports where (see crash.Error).
func (r *Result) Funcs() iter.Seq[*Func] {
	return func(yield func(*Func) bool) {
		var cur ast.Node
		defer func() {
			if x := recover(); x != nil {
				panic(crash.Wrap(cur, x))
			}
		}()
		for _, f := range r.funcs {
			cur = f.Node
			if !yield(f) {
				return
			}
		}
	}
}

// Func is one function (declaration or literal) that acts on a response.
type Func struct {
	Node   ast.Node    // *ast.FuncDecl or *ast.FuncLit
	Obj    *types.Func // nil for a literal
	Events []*Event    // every event, in CFG block order, then evaluation order

	// hidden: the events of callbacks the function hands to callees that
	// run them (see callback.go). They are in its dataflow, its summary
	// and its route inventory, but not in Events: the callback is a
	// function of the model of its own, where the checks read its writes.
	hidden []*Event
	// entries: the state a captured (or handed) response starts in, when
	// the function is a literal a callee runs (see settleEntries).
	entries map[*types.Var]state

	info         *funcInfo
	headers      map[string]int
	statusEvents map[*types.Var][]*Event
	errEvents    map[*types.Var][]*Event // error responses, by errIndex
	writers      map[*types.Var]*writerEvents
	exits        map[*types.Var]state
	methods      []string // see Methods; fixed by freeze
	routed       []string // see Routed
	buffered     bool     // see Buffered
	answers405   bool     // see RouterAnswers405
}

// Origin returns where the error of an error path came from: the zero
// Origin (unknown) for nil.
func (f *Func) Origin(g *Guard) Origin {
	if g == nil {
		return Origin{}
	}
	return g.origin
}

// SelectsUnknownKind reports whether g tests for one kind of error — a
// sentinel (errors.Is(err, ErrX), err == ErrX), a target value
// (errors.Is(err, &IgnoredError{})), an error type (errors.As, a type
// switch case) — that has no origin the model knows. What a handler
// answers there is its decision about that kind (a webhook's ignored
// event is a 200), not an error it failed to report.
func (f *Func) SelectsUnknownKind(g *Guard) bool {
	return g != nil && (g.sentinel != nil || g.errType != nil) && g.origin.Kind == knowledge.OriginUnknown
}

// StatusOrigin returns the origin of the error a status value answers: the
// error path where the handler chose the value, else the one it is written on.
// An error path that says nothing leaves what the error that carries the
// status names itself (BadRequest(reason.EmailDuplicate): a conflict).
func (f *Func) StatusOrigin(ev *Event, v StatusValue) Origin {
	o := f.Origin(statusGuard(ev, v))
	if o.Kind == OriginUnknown && v.named != nil {
		return *v.named
	}
	return o
}

// statusGuard is the error path whose error a status value answers.
func statusGuard(ev *Event, v StatusValue) *Guard {
	if v.Expr != nil && v.Guard != nil {
		return v.Guard
	}
	if v.choice {
		return nil // a callee's choice: the call's error path does not say which
	}
	return ev.Guard
}

// inventoryOrigin is the origin the route inventory shows for an error
// path: the rules' origin, or the server's own failure where the rules
// know none (see serverFault).
func inventoryOrigin(g *Guard) OriginKind {
	switch {
	case g == nil:
		return knowledge.OriginUnknown
	case g.origin.Kind == knowledge.OriginUnknown && g.server:
		return knowledge.OriginServer
	}
	return g.origin.Kind
}

type writerEvents struct {
	writer  *types.Var
	byBlock [][]*Event
	// in: the state at each block's entry, kept where a function returns
	// a status as well (see stateAround).
	in []state
}

type pkgState struct {
	pass    *analysis.Pass
	cfgs    *ctrlflow.CFGs
	decls   map[*types.Func]*ast.FuncDecl
	infos   map[ast.Node]*funcInfo
	funcs   map[ast.Node]*Func
	sums    map[*types.Func]*WriterSummary
	origins map[*types.Func]*ErrorOrigin
	busy    map[*types.Func]bool
	methods map[ast.Node][]string // handler → methods it is registered for; built on first use
	presets map[ast.Node][]string // handler → headers its router sets before calling it
	// answers405: handlers whose router answers the methods it does not
	// route to them with 405 and Allow itself.
	answers405 map[ast.Node]bool
	// registered counts a function's registrations for specific methods,
	// funcUses all its references, to tell a handler only routed that way.
	registered map[*types.Func]int
	funcUses   map[*types.Func]int
	// buffered: handlers behind a buffering wrapper (http.TimeoutHandler);
	// allBuffered: a wrapper around a router, so every handler may be.
	buffered    map[ast.Node]bool
	allBuffered bool
	callbacks   map[ast.Node]bool // function literals given to a config struct

	ins        *inspector.Inspector
	cursors    map[*types.Func]inspector.Cursor
	litCursors map[*ast.FuncLit]inspector.Cursor // every literal's cursor, for its enclosing function
	produces   map[*types.Func]bool              // mayProduce, memoized
	producers  map[*types.Func]bool              // producer, memoized
	rules      map[*types.Func]cachedRule
	carries    map[*types.Func][]carried    // carriesOf, memoized
	builders   map[*types.Func]*BuilderFact // builderOf, memoized
	options    map[*types.Func]*OptionFact  // optionOf, memoized
	// statusTypes: function types of this package whose returned status
	// a wrapper writes (see statusreturn.go).
	statusTypes map[*types.Named]*statusReturn
	mapKeys     map[*types.Var][]string    // constKeys, memoized
	statusFuncs map[ast.Node]*statusReturn // functions given as a status function type
	recorder    *recorder                  // the middleware writing recorded errors (see recorded.go)
	inits       map[*types.Var]ast.Expr    // package-level variables' initializers
	errWriters  map[ast.Node]*errWriter    // handlers whose returned errors a helper writes
	adapters    map[types.Type]*errWriter  // function types whose ServeHTTP writes their errors
	// adapterParams: parameters of adapters whose handlers' errors a
	// helper writes (see erradapter.go).
	adapterParams map[*types.Var]bool
	// statusErrPkgs: whether a package declares an error type that
	// carries a status (see declaresStatusError).
	statusErrPkgs map[*types.Package]bool
	// splitValues: where each code of a split of this package's is
	// chosen (see splitStatus). Not in the fact: its values hold this
	// package's syntax, and facts reach other packages as they are.
	splitValues map[*StatusSplit][]StatusValue

	results map[ast.Node]*resultHandler // handlers without a writer: see resultHandlers

	cbFacts   map[*types.Func]*CallbackFact // callbackOf, memoized
	cbBusy    map[*types.Func]bool          // callbackOf's cycle break
	entryReqs []entryReq                    // see settleEntries
}

type cachedRule struct {
	call knowledge.Call
	ok   bool
}

func run(pass *analysis.Pass) (result any, err error) {
	// A bug in the model must not take the run down: it becomes this
	// package's error, naming the function whose analysis panicked.
	var current ast.Node
	defer func() {
		if x := recover(); x != nil {
			result, err = nil, crash.Error(pass, crash.Wrap(current, x))
		}
	}()
	ps := &pkgState{
		pass:      pass,
		cfgs:      pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs),
		decls:     make(map[*types.Func]*ast.FuncDecl),
		infos:     make(map[ast.Node]*funcInfo),
		funcs:     make(map[ast.Node]*Func),
		sums:      make(map[*types.Func]*WriterSummary),
		origins:   make(map[*types.Func]*ErrorOrigin),
		busy:      make(map[*types.Func]bool),
		callbacks: make(map[ast.Node]bool),

		cursors:    make(map[*types.Func]inspector.Cursor),
		litCursors: make(map[*ast.FuncLit]inspector.Cursor),
		produces:   make(map[*types.Func]bool),
		producers:  make(map[*types.Func]bool),
		rules:      make(map[*types.Func]cachedRule),
		carries:    make(map[*types.Func][]carried),
		builders:   make(map[*types.Func]*BuilderFact),
		options:    make(map[*types.Func]*OptionFact),
		adapters:   make(map[types.Type]*errWriter),
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ps.ins = ins
	// Only a package that can see net/http can hold a response writer;
	// the others may still have helpers whose errors have an origin.
	writers := reachesHTTP(pass.Pkg, map[*types.Package]bool{})

	// Find the functions that can matter: those with a response parameter,
	// literals that use an enclosing function's response, and functions
	// returning errors that may have a known origin.
	var candidates []ast.Node
	var errFuncs []*ast.FuncDecl
	for c := range ins.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			fn, _ := pass.TypesInfo.Defs[n.Name].(*types.Func)
			if fn == nil || n.Body == nil {
				continue
			}
			ps.decls[fn] = n
			ps.cursors[fn] = c
			sig := fn.Signature()
			if writers && writerParam(sig) >= 0 {
				candidates = append(candidates, n)
			}
			if returnsError(sig) {
				errFuncs = append(errFuncs, n)
			}
		case *ast.FuncLit:
			if !writers {
				continue
			}
			ps.litCursors[n] = c
			// A callback in a config struct (keyauth's ErrorHandler:,
			// limiter's LimitReached:) runs inside a middleware that may
			// have set headers already.
			// An app's error handler (fiber.Config{ErrorHandler: ...}) runs
			// after the handler returned: it starts from what the handler
			// did, which the returned error's event already accounts for.
			// http.HandlerFunc(func(w, r) {...}) in the field is the same.
			up := c.Parent()
			if conv, ok := up.Node().(*ast.CallExpr); ok && len(conv.Args) == 1 && conv.Args[0] == n {
				if tv, ok := pass.TypesInfo.Types[conv.Fun]; ok && tv.IsType() {
					up = up.Parent()
				}
			}
			if kv, ok := up.Node().(*ast.KeyValueExpr); ok && ast.Unparen(kv.Value) != nil && kv.Value.Pos() <= n.Pos() && n.End() <= kv.Value.End() {
				if lit, ok := up.Parent().Node().(*ast.CompositeLit); ok && !isErrorHandlerKey(pass.TypesInfo, lit, kv) {
					// Unless the adapter knows what the middleware sets
					// before it runs the callback (echo's key-auth
					// ErrorHandler: nothing).
					if hs, known := callbackPresets(pass.TypesInfo, lit, kv); known {
						if len(hs) > 0 {
							if ps.presets == nil {
								ps.presets = make(map[ast.Node][]string)
							}
							ps.presets[n] = append(ps.presets[n], hs...)
						}
					} else {
						ps.callbacks[n] = true
					}
				}
			}
			sig, _ := pass.TypesInfo.TypeOf(n).(*types.Signature)
			if sig != nil && (writerParam(sig) >= 0 || usesWriter(pass.TypesInfo, c)) {
				candidates = append(candidates, n)
			}
		}
	}

	if writers {
		ps.findErrWriters()
		// Handlers without a writer answer with what they return.
		var more []ast.Node
		for n := range ps.resultHandlers() {
			if !slices.Contains(candidates, n) {
				more = append(more, n)
			}
		}
		sort.Slice(more, func(i, j int) bool { return more[i].Pos() < more[j].Pos() })
		candidates = append(candidates, more...)
		ps.passErrWriters()
		ps.findStatusReturns()
		ps.findRecorder()
	}
	res := &Result{}
	// A framework's own package implements the response its handlers
	// write (huma's transformAndWrite sets a status again for its loggers
	// after the first has gone): it has no handlers to check. Its summaries
	// are still made.
	own := pass.Pkg.Path() != "net/http" && knowledge.IsFrameworkPkg(pass.Pkg.Path())
	for _, n := range candidates {
		current = n
		if f := ps.analyze(n); f != nil && f.acts() && !own {
			res.funcs = append(res.funcs, f)
		}
	}
	// Summaries and error origins for this package's exported functions, so
	// that other packages see through them. Unexported ones are summarised
	// on demand, when a call in this package needs them.
	for fn := range ps.decls {
		if fn.Exported() && (writerParam(fn.Signature()) >= 0 || writerField(fn.Signature()) != nil) {
			current = ps.decls[fn]
			if s := ps.summaryOf(fn); s != nil {
				pass.ExportObjectFact(fn, s)
			}
		}
		if fn.Exported() && takesFunc(fn.Signature()) {
			current = ps.decls[fn]
			if cf := ps.callbackOf(fn); cf != nil {
				pass.ExportObjectFact(fn, cf)
			}
		}
		if fn.Exported() && builderShaped(fn.Signature()) {
			current = ps.decls[fn]
			if b := ps.builderOf(fn); b != nil {
				pass.ExportObjectFact(fn, b)
			}
		}
		if fn.Exported() && optionShaped(fn.Signature()) {
			current = ps.decls[fn]
			if o := ps.optionOf(fn); o != nil {
				pass.ExportObjectFact(fn, o)
			}
		}
	}
	// Statuses this package's exported functions and sentinels carry, so
	// that a mapper, a constructor or an error type in one package is
	// seen where another writes what it gives. A package that cannot see
	// net/http may still build the errors handlers write: an error type
	// with a Code field and constructors that fill it with 400 or 404
	// (func BadRequest(reason string) *Error { return New(400, reason) }),
	// and so may a service that returns such errors. There only what its
	// errors carry is exported, not its integers, which are no status
	// without net/http in sight.
	errs := !writers && ps.buildsStatusErrors(pass.Pkg)
	if writers || errs {
		for fn, d := range ps.decls {
			if !fn.Exported() || !mayCarry(fn.Signature()) {
				continue
			}
			if errs && !returnsStatusError(fn.Signature()) {
				continue
			}
			current = d
			if s := ps.statusFact(fn); s != nil {
				if errs {
					s = s.ofErrors(fn.Signature())
				}
				if s != nil {
					pass.ExportObjectFact(fn, s)
				}
			}
		}
		for _, in := range pass.TypesInfo.InitOrder {
			if len(in.Lhs) == 1 && in.Lhs[0].Exported() && in.Lhs[0].Parent() == pass.Pkg.Scope() {
				if errs && !statusError(in.Lhs[0].Type()) {
					continue
				}
				if s := ps.pkgVarFact(in.Lhs[0]); s != nil {
					pass.ExportObjectFact(in.Lhs[0], s)
				}
			}
		}
	}
	for _, d := range errFuncs {
		fn := pass.TypesInfo.Defs[d.Name].(*types.Func)
		current = d
		if !fn.Exported() || !ps.mayProduce(fn) {
			continue
		}
		if o := ps.errorOriginOf(fn); o != nil {
			pass.ExportObjectFact(fn, o)
		}
	}
	// In source order: by file name, then offset. Positions alone order
	// files as the driver happened to parse them, in parallel, so the
	// order (and what the first of several findings is) changed from run
	// to run.
	sort.Slice(res.funcs, func(i, j int) bool {
		a, b := pass.Fset.File(res.funcs[i].Node.Pos()), pass.Fset.File(res.funcs[j].Node.Pos())
		if a != b {
			return a.Name() < b.Name()
		}
		return res.funcs[i].Node.Pos() < res.funcs[j].Node.Pos()
	})
	if writers {
		ps.exportErrWriters()
		ps.findErrorHandlers(res)
		ps.installRecorder(res)
	}
	if writers || errs {
		// Where a service's constructors name what their errors are
		// about, too (errors.BadRequest(reason.EmailDuplicate)).
		ps.collectChoices(res)
	}
	ps.settleEntries()
	for _, f := range res.funcs {
		current = f.Node
		f.freeze()
		ps.placeEvents(f)
	}
	if writers {
		ps.inventory(res)
	}
	// The result is read by checks running in parallel, after this pass has
	// ended: nothing may be computed from here on (as ctrlflow documents
	// of its own pass, the pass is transient). Dropping it turns any lazy
	// computation that slipped through into a crash the tests see, not a
	// data race a user's run dies of.
	ps.pass, ps.cfgs, ps.ins = nil, nil, nil
	return res, nil
}

// freeze computes everything a check can ask of f, so that the answers
// are fixed before the checks, which run concurrently, read them.
func (f *Func) freeze() {
	fi := f.info
	fi.structure()
	fi.valueConds() // HasHeaderFor reads them
	resolve := func(g *Guard) {
		if g != nil {
			if g.fi.resolveOrigin(g).Kind == knowledge.OriginUnknown {
				g.server = g.fi.serverFault(g)
			}
		}
	}
	for _, ev := range f.Events {
		fi.findErrorBody(ev)
		resolve(ev.Guard)
		for _, v := range ev.Status.Values {
			resolve(v.Guard)
		}
	}
	for _, ev := range f.hidden {
		resolve(ev.Guard) // the route inventory reads it (see sends)
	}
	f.methods = fi.pkg.routes()[f.Node]
	if len(f.methods) == 0 {
		f.methods = fi.methodGuard()
	}
}

// usesWriter reports whether a function literal mentions a response writer.
func usesWriter(info *types.Info, lit inspector.Cursor) bool {
	for c := range lit.Preorder((*ast.Ident)(nil)) {
		if v, ok := info.Uses[c.Node().(*ast.Ident)].(*types.Var); ok && isWriterType(v.Type()) {
			return true
		}
	}
	return false
}

// reachesHTTP reports whether pkg is net/http or a framework with a
// response context, or imports one, directly or not.
func reachesHTTP(pkg *types.Package, seen map[*types.Package]bool) bool {
	if knowledge.IsFrameworkPkg(pkg.Path()) {
		return true
	}
	if seen[pkg] {
		return false
	}
	seen[pkg] = true
	for _, imp := range pkg.Imports() {
		if reachesHTTP(imp, seen) {
			return true
		}
	}
	return false
}

// mayProduce reports whether fn calls anything whose errors have a known
// origin, or returns a sentinel that has one: the cheap filter before
// building the function's model to compute an ErrorOrigin.
func (ps *pkgState) mayProduce(fn *types.Func) bool {
	if v, ok := ps.produces[fn]; ok {
		return v
	}
	// In a cycle, assume the callee may produce: this is only a filter, and
	// a pessimistic answer cached mid-cycle would drop real facts.
	ps.produces[fn] = true
	info := ps.pass.TypesInfo
	found := false
	ps.cursors[fn].Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.CallExpr)(nil), (*ast.ReturnStmt)(nil)}, func(c inspector.Cursor) bool {
		if found {
			return false
		}
		switch n := c.Node().(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			// return ErrNotFound
			if len(n.Results) > 0 {
				if id := selIdent(n.Results[len(n.Results)-1]); id != nil {
					if v, ok := info.Uses[id].(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() &&
						knowledge.SentinelOrigin(qualifiedName(v), v.Name()) != knowledge.OriginUnknown {
						found = true
					}
				}
			}
		case *ast.CallExpr:
			if callee, _ := typeutil.Callee(info, n).(*types.Func); callee != nil {
				found = ps.producer(callee)
			}
		}
		return true
	})
	ps.produces[fn] = found
	return found
}

// producer reports whether errors returned by callee may have a known origin.
func (ps *pkgState) producer(callee *types.Func) bool {
	if v, ok := ps.producers[callee]; ok {
		return v
	}
	var v bool
	switch {
	case callee.Name() == "Validate" || callee.Name() == "Valid":
		v = true
	case callee.Pkg() == ps.pass.Pkg:
		v = ps.decls[callee] != nil && returnsError(callee.Signature()) && ps.mayProduce(callee)
	default:
		_, v = knowledge.LookupProducer(callee.FullName())
		v = v || callee.Pkg() != nil && ps.pass.ImportObjectFact(callee, new(ErrorOrigin))
	}
	ps.producers[callee] = v
	return v
}

// rule returns the knowledge about calls to fn, cached: FullName allocates.
func (ps *pkgState) rule(fn *types.Func) (knowledge.Call, bool) {
	r, ok := ps.rules[fn]
	if !ok {
		r.call, r.ok = knowledge.Lookup(fn.FullName())
		ps.rules[fn] = r
	}
	return r.call, r.ok
}

// info returns the funcInfo for a declaration or literal, building it once.
func (ps *pkgState) info(n ast.Node) *funcInfo {
	if fi, ok := ps.infos[n]; ok {
		return fi
	}
	var fi *funcInfo
	switch n := n.(type) {
	case *ast.FuncDecl:
		fn, _ := ps.pass.TypesInfo.Defs[n.Name].(*types.Func)
		if g := ps.cfgs.FuncDecl(n); g != nil && fn != nil {
			fi = newFuncInfo(ps, n, fn, fn.Signature(), n.Body, g)
		}
	case *ast.FuncLit:
		sig, _ := ps.pass.TypesInfo.TypeOf(n).(*types.Signature)
		if g := ps.cfgs.FuncLit(n); g != nil && sig != nil {
			fi = newFuncInfo(ps, n, nil, sig, n.Body, g)
		}
	}
	ps.infos[n] = fi
	return fi
}

// analyze builds the events of one function and solves its dataflow.
func (ps *pkgState) analyze(n ast.Node) *Func {
	if f, ok := ps.funcs[n]; ok {
		return f
	}
	ps.funcs[n] = nil // cycle: a recursive helper is opaque to itself
	fi := ps.info(n)
	if fi == nil {
		return nil
	}
	fi.findAliases()
	f := &Func{Node: n, Obj: fi.obj, info: fi, headers: make(map[string]int), statusEvents: make(map[*types.Var][]*Event), errEvents: make(map[*types.Var][]*Event)}
	writers := map[*types.Var]*writerEvents{}
	var order []*types.Var
	for _, b := range fi.cfg.Blocks {
		if !b.Live {
			continue
		}
		for _, node := range b.Nodes {
			evs := fi.extract(f, node)
			for _, ev := range evs {
				we := writers[ev.Writer]
				if we == nil {
					we = &writerEvents{writer: ev.Writer, byBlock: make([][]*Event, len(fi.cfg.Blocks))}
					writers[ev.Writer] = we
					order = append(order, ev.Writer)
				}
				we.byBlock[b.Index] = append(we.byBlock[b.Index], ev)
				if ev.Kind == WriteStatus {
					ev.index = len(f.statusEvents[ev.Writer])
					f.statusEvents[ev.Writer] = append(f.statusEvents[ev.Writer], ev)
				}
				ev.errIndex = -1
				if ev.hidden {
					f.hidden = append(f.hidden, ev)
					continue
				}
				if isErrorResponse(ev) || ev.Kind == WriteBody && !ev.Maybe && afterDeferredError(ev, we.byBlock[b.Index]) {
					ev.errIndex = len(f.errEvents[ev.Writer])
					f.errEvents[ev.Writer] = append(f.errEvents[ev.Writer], ev)
				}
				f.Events = append(f.Events, ev)
			}
		}
	}
	exits := map[*types.Var]state{}
	for _, w := range order {
		exits[w] = f.solve(writers[w])
		if f.settleSinks(writers[w]) {
			exits[w] = f.solve(writers[w])
		}
	}
	f.writers = writers
	f.info.analyzed = true
	f.exits = exits
	ps.funcs[n] = f
	return f
}

// noReturn reports whether call never returns (panic, log.Fatal, os.Exit...).
func (ps *pkgState) noReturn(call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(ps.pass.TypesInfo, call).(type) {
	case *types.Builtin:
		return fn.Name() == "panic"
	case *types.Func:
		return ps.cfgs.NoReturn(fn)
	}
	return false
}

// summaryOf returns the WriterSummary of fn: from a fact for another
// package's function, computed on demand for this package's.
func (ps *pkgState) summaryOf(fn *types.Func) *WriterSummary {
	if fn.Pkg() != ps.pass.Pkg {
		s := new(WriterSummary)
		if ps.pass.ImportObjectFact(fn, s) {
			return s
		}
		return nil
	}
	if s, ok := ps.sums[fn]; ok {
		return s
	}
	d := ps.decls[fn]
	wp := writerParam(fn.Signature())
	var w *types.Var
	switch {
	case wp >= 0:
		w = fn.Signature().Params().At(wp)
	default:
		// A builder's method, writing through its receiver's field.
		w, wp = writerField(fn.Signature()), recvParam
	}
	if d == nil || w == nil || ps.busy[fn] {
		return nil
	}
	ps.busy[fn] = true
	defer delete(ps.busy, fn)
	f := ps.analyze(d)
	var s *WriterSummary
	if f != nil {
		s = f.summarizeRuns(w, wp)
		if s == nil {
			s = f.summarize(w, wp)
		}
		if s != nil && wp == recvParam {
			s.WriterField = w.Name()
		}
	}
	if s != nil && !s.Opaque && ps.generated(d) {
		s.Generated = true
	}
	ps.sums[fn] = s
	return s
}

// summarizeRuns summarises a declaration that hands its response
// parameter w (index wp) to a function parameter it calls (fn(w, u), see
// CallbackFact): what it does itself, leaving out those calls, with the
// parameters in Runs; the caller follows them into the function it passes.
// Nil when it hands w to none, or to one the CallbackFact does not follow
// with w.
func (f *Func) summarizeRuns(w *types.Var, wp int) *WriterSummary {
	if len(f.info.runs) == 0 {
		return nil
	}
	var skip map[*Event]bool
	var runs []int
	var cf *CallbackFact
	for _, ev := range f.Events {
		p, ok := f.info.runs[ev]
		if !ok || ev.Writer != w {
			continue
		}
		if cf == nil {
			if cf = f.info.pkg.callbackOf(f.Obj); cf == nil {
				return nil
			}
		}
		i := f.info.params[p]
		if c, ok := cf.call(i); !ok || c.Writer < 0 || c.WriterParam != wp {
			return nil
		}
		if skip == nil {
			skip = map[*Event]bool{}
		}
		skip[ev] = true
		if !slices.Contains(runs, i) {
			runs = append(runs, i)
		}
	}
	if skip == nil {
		return nil
	}
	we := f.writers[w]
	if we == nil {
		return nil
	}
	alt := map[*Event]state{}
	exit, _, _ := f.flow(we, skip, false, func(ev *Event, s state) { alt[ev] = s })
	s := f.summarizeFrom(w, wp, exit, true, alt)
	if s != nil {
		slices.Sort(runs)
		s.Runs = runs
	}
	return s
}

// acts reports whether the function, or a callback it hands to a callee
// that runs it, does anything to a response.
func (f *Func) acts() bool { return len(f.Events) > 0 || len(f.hidden) > 0 }

// allEvents returns the function's events and its callbacks' (see hidden).
func (f *Func) allEvents() []*Event {
	if len(f.hidden) == 0 {
		return f.Events
	}
	return slices.Concat(f.Events, f.hidden)
}

// errorOriginOf returns the ErrorOrigin of fn, if its errors have one.
func (ps *pkgState) errorOriginOf(fn *types.Func) *ErrorOrigin {
	if fn.Pkg() != ps.pass.Pkg {
		o := new(ErrorOrigin)
		if ps.pass.ImportObjectFact(fn, o) {
			return o
		}
		return nil
	}
	if o, ok := ps.origins[fn]; ok {
		return o
	}
	d := ps.decls[fn]
	if d == nil || ps.busy[fn] {
		return nil
	}
	ps.busy[fn] = true
	defer delete(ps.busy, fn)
	var o *ErrorOrigin
	if fi := ps.info(d); fi != nil {
		o = fi.computeErrorOrigin()
	}
	ps.origins[fn] = o
	return o
}

// summarize abstracts what f does to its writer parameter w.
func (f *Func) summarize(w *types.Var, index int) *WriterSummary {
	exit, ok := f.exits[w]
	return f.summarizeFrom(w, index, exit, ok, nil)
}

// summarizeFrom is summarize from the exit state given; with alt, of the
// events alt holds only (the others left out), with the state before
// each (see summaryOf's Runs).
func (f *Func) summarizeFrom(w *types.Var, index int, exit state, ok bool, alt map[*Event]state) *WriterSummary {
	s := &WriterSummary{Writer: index, StatusParam: -1, BodyParam: -1}
	before := func(ev *Event) state {
		if alt != nil {
			return alt[ev]
		}
		return ev.before
	}
	if !ok {
		s.Split = f.statusSplit(w)
		return s // the helper does nothing to the response
	}
	if exit.opaque {
		s.Opaque = true
		return s
	}
	var statusEvs, bodyEvs []*Event
	unnamed := false
	for _, ev := range f.allEvents() {
		if ev.Writer != w {
			continue
		}
		if alt != nil {
			if _, kept := alt[ev]; !kept {
				continue
			}
		}
		switch ev.Kind {
		case Opaque:
			s.Opaque = true
			return s
		case WriteStatus:
			statusEvs = append(statusEvs, ev)
			// A body, or a flush (an implicit 200), may have gone first.
			b := before(ev)
			s.BodyFirst = s.BodyFirst || !ev.Deferred && (b.body || b.statuses&(1<<bitImplicit) != 0)
		case WriteBody:
			bodyEvs = append(bodyEvs, ev)
		case Flush:
			s.Flush = true
		case DelHeader:
			if !slices.Contains(s.Deletes, ev.Header) {
				s.Deletes = append(s.Deletes, ev.Header)
			}
		case SetHeader:
			switch {
			case ev.fromMap != "" && ev.fromOpts:
				if !slices.Contains(s.OptionMaps, ev.fromMap) {
					s.OptionMaps = append(s.OptionMaps, ev.fromMap)
				}
			case ev.fromMap != "" && index == recvParam:
				if !slices.Contains(s.HeaderMaps, ev.fromMap) {
					s.HeaderMaps = append(s.HeaderMaps, ev.fromMap)
				}
			case (ev.Header == "" || ev.fromMap != "") && len(ev.keys) == 0:
				// A header it cannot name: for the caller, any header may
				// be set after the call.
				unnamed = true
			}
		}
	}
	sort.Strings(s.Deletes)
	sort.Strings(s.HeaderMaps)
	sort.Strings(s.OptionMaps)
	if !exit.reached {
		return nil // never returns normally
	}
	// Headers set on every path to the exit and, where it writes, before
	// the write: a write on some paths says nothing of the others (a
	// closure whose http.Error sits in an if sets Content-Type only there).
	must, may := exit.must, exit.may|exit.unsure
	// A deferred status (render.Status, gin's c.Status) leaves with the
	// first write after it: headers set in between still count.
	for _, ev := range append(statusEvs, bodyEvs...) {
		if ev.Deferred || ev.Kind == WriteBody && len(statusEvs) == 0 {
			continue
		}
		must &= before(ev).must
	}
	for name, i := range f.headers {
		bit := uint64(1) << i
		switch {
		case must&bit != 0:
			s.Headers = append(s.Headers, name)
		case may&bit != 0:
			s.MaybeHeaders = append(s.MaybeHeaders, name)
		}
	}
	if unnamed {
		s.MaybeHeaders = append(s.MaybeHeaders, "")
	}
	sort.Strings(s.Headers)
	sort.Strings(s.MaybeHeaders)

	if len(statusEvs) > 0 {
		s.Status = Sometimes
		if exit.statusAll {
			s.Status = Always
		}
		code, param, from, mixed, unknown := 0, -1, "", false, false
		var all []CarriedStatus
		for _, ev := range statusEvs {
			if ev.Status.Unknown || len(ev.Status.Values) == 0 {
				unknown = true
			}
			for _, v := range ev.Status.Values {
				switch {
				case v.opts:
					mixed = true // read from the options: a list entry says so
				case v.Code != 0 && (code == 0 || code == v.Code) && param < 0:
					code = v.Code
				case v.Code == 0 && v.param >= 0 && v.except == "" && (param < 0 || param == v.param && from == v.from) && code == 0:
					param, from = v.param, v.from
				default:
					mixed = true
				}
				v.markCases()
				c := carried{v: v}.fact()
				if !slices.Contains(all, c) {
					all = append(all, c)
				}
			}
		}
		switch {
		case !mixed && !unknown:
			s.StatusCode, s.StatusParam, s.StatusFrom = code, param, from
		case mixed && len(all) <= 8:
			// One of several: the helper's own constants are its
			// choice (respondErr's 500 for an error it does not know),
			// a parameter's status is the caller's.
			for i := range all {
				all[i].Choice = all[i].Choice || all[i].Param == -1
			}
			if unknown {
				all = append(all, CarriedStatus{Param: -1, Unknown: true})
			}
			s.Statuses = all
		}
	}
	s.Deferred = len(statusEvs)+len(bodyEvs) > 0
	for _, ev := range append(statusEvs, bodyEvs...) {
		s.Deferred = s.Deferred && ev.Deferred
	}
	s.StatusDeferred = len(statusEvs) > 0
	for _, ev := range statusEvs {
		s.StatusDeferred = s.StatusDeferred && ev.Deferred
		s.StatusMixed = s.StatusMixed || ev.Deferred
	}
	// Mixed matters only where some path may leave the status recorded:
	// a helper that sends the response on every path has sent it.
	s.StatusMixed = s.StatusMixed && !s.StatusDeferred && !exit.sentAll
	if len(bodyEvs) > 0 {
		s.Body = Sometimes
		if exit.bodyAll {
			s.Body = Always
		}
		s.BodyShape = bodyEvs[0].Shape
		s.BodyParam = bodyEvs[0].bodyParam
		for _, ev := range bodyEvs[1:] {
			if ev.Shape != s.BodyShape || ev.bodyParam != s.BodyParam {
				s.BodyShape, s.BodyParam = knowledge.ShapeData, -1
			}
		}
	}
	s.Split = f.statusSplit(w)
	return s
}

// selIdent returns the identifier of x or pkg.x.
func selIdent(e ast.Expr) *ast.Ident {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	}
	return nil
}

// isErrorResponse: a status of 400 or more, or an error-shaped body (the
// body of http.Error, of a helper that writes errors).
func isErrorResponse(ev *Event) bool {
	switch ev.Kind {
	case WriteStatus:
		// A deferred status alone is a default the handler may still
		// change (gin's c.Writer.WriteHeader(404) before serving a file).
		if ev.Deferred {
			return false
		}
		if ev.Status.Unknown || len(ev.Status.Values) == 0 {
			return false
		}
		for _, v := range ev.Status.Values {
			if v.Code < 400 {
				return false
			}
		}
		return true
	case WriteBody:
		return ev.Shape.IsError()
	}
	return false
}

// Signature returns the function's signature.
func (f *Func) Signature() *types.Signature { return f.info.sig }

// afterDeferredError reports whether a body follows, in the same basic
// block, an error status on the same response that it completes: fiber's
// c.Status(404).SendString("not found"), echo's c.String(400, "bad id"),
// chi render's render.Status(r, 404) then render.PlainText(w, r, "...").
// The last status before the body is the one it goes out with.
func afterDeferredError(body *Event, evs []*Event) bool {
	var last *Event
	for _, ev := range evs {
		if ev == body {
			break
		}
		if ev.Writer == body.Writer && ev.Kind == WriteStatus {
			last = ev
		}
	}
	return last != nil && (last.Deferred || last.Call == body.Call) && isErrorResponse(&Event{Kind: WriteStatus, Status: last.Status})
}
