package response

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Adapters. A function that takes a handler and returns the handler that
// runs it hands the handler's error to a writer helper:
//
//	func (s *server) wrap(f handlerFunc) http.HandlerFunc {
//		return func(w http.ResponseWriter, r *http.Request) {
//			if err := f(s.app, w, r); err != nil {
//				s.fail(w, r, err)
//			}
//		}
//	}
//
// or through a literal it calls at once: s.fail(w, r, func() error { ...;
// err := f(s.app, w, r); ...; return err }()). The functions it is given
// (s.wrap(getItem)) have their errors written by that helper, as those of
// a function type whose ServeHTTP does the same (see errwriter.go). An
// adapter that touches the response anywhere but where the model can say
// what it does — headers of constant names set before the handler runs,
// writes on a recovered panic — is left alone: its handlers' returns are
// not given a writer.

// adapterWrite is how an adapter's parameter has its errors written.
type adapterWrite struct {
	ew      *errWriter // nil: two writers, or one the model cannot follow
	presets []string   // headers the adapter sets before it runs the handler
}

// AdapterFact is the fact for an exported adapter: the parameters it is
// given handlers in, and how each has their errors written.
type AdapterFact struct {
	Params []AdaptedParam
}

// AdaptedParam is one parameter of an adapter.
type AdaptedParam struct {
	Param   int
	Writer  ErrorWriter
	Presets []string // set before the handler runs
}

func (*AdapterFact) AFact() {}

func (a *AdapterFact) String() string {
	var parts []string
	for _, p := range a.Params {
		s := fmt.Sprintf("param%d %s", p.Param, p.Writer.String())
		if len(p.Presets) > 0 {
			s += " after setting " + strings.Join(p.Presets, ",")
		}
		parts = append(parts, s)
	}
	return "adapts " + strings.Join(parts, "; ")
}

// handlerParam reports whether a parameter of type t takes a handler
// that returns only an error.
func handlerParam(t types.Type) bool {
	s, ok := t.Underlying().(*types.Signature)
	return ok && writerParam(s) >= 0 && s.Results().Len() == 1 && returnsError(s)
}

// handlerParams returns the parameters of this package's functions that
// take a handler returning only an error.
func (ps *pkgState) handlerParams() map[*types.Var]bool {
	params := map[*types.Var]bool{}
	for fn := range ps.decls {
		sig := fn.Signature()
		for i := 0; i < sig.Params().Len(); i++ {
			if p := sig.Params().At(i); handlerParam(p.Type()) {
				params[p] = true
			}
		}
	}
	return params
}

// same reports whether two writers write errors alike.
func (a *errWriter) same(b *errWriter) bool {
	if a.helper != b.helper || a.errParam != b.errParam {
		return false
	}
	return a.helper != nil || a.sum.String() == b.sum.String()
}

// findAdapters records the adapters of this package and gives the
// functions passed to them (or to another package's, by its AdapterFact),
// directly or through another adapter that passes its parameter on, their
// writer, and the headers the adapter set before running them.
func (ps *pkgState) findAdapters(set func(ast.Node, *errWriter)) {
	info := ps.pass.TypesInfo
	params := ps.handlerParams()
	writes := map[*types.Var]*adapterWrite{}
	poisoned := &adapterWrite{}
	note := func(p *types.Var, aw *adapterWrite) {
		old, ok := writes[p]
		switch {
		case !ok:
			writes[p] = aw
		case old.ew == nil || aw.ew == nil || !old.ew.same(aw.ew):
			writes[p] = poisoned
		default:
			old.presets = intersect(old.presets, aw.presets)
		}
	}
	imported := map[*types.Func]*AdapterFact{}
	// writeOf is how argument i of a call of fn has its errors written.
	writeOf := func(fn *types.Func, i int) *adapterWrite {
		sig := fn.Signature()
		if i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 || !handlerParam(sig.Params().At(i).Type()) {
			return nil
		}
		if fn.Pkg() == ps.pass.Pkg {
			return writes[sig.Params().At(i)]
		}
		fact, ok := imported[fn]
		if !ok {
			fact = new(AdapterFact)
			if !ps.pass.ImportObjectFact(fn, fact) {
				fact = nil
			}
			imported[fn] = fact
		}
		if fact != nil {
			for _, p := range fact.Params {
				if p.Param == i {
					return &adapterWrite{ew: &errWriter{sum: &p.Writer.Summary, errParam: p.Writer.ErrParam}, presets: p.Presets}
				}
			}
		}
		return nil
	}
	var calls []*ast.CallExpr
	if len(params) > 0 {
		sole := ps.soleCalls(params)
		handled := map[*ast.CallExpr]bool{} // the handler calls whose errors go to a helper
		for c := range ps.ins.Root().Preorder((*ast.CallExpr)(nil)) {
			call := c.Node().(*ast.CallExpr)
			calls = append(calls, call)
			fn, ok := typeutil.Callee(info, call).(*types.Func)
			if !ok {
				continue
			}
			for i, a := range call.Args {
				p, aw, src := ps.adapterHelperArg(c, call, fn, i, a, params, sole)
				if p != nil {
					note(p, aw)
					handled[src] = true
				}
			}
		}
		// Every use of a parameter must be a handled call or a pass to
		// another adapter's parameter: a call whose error is dropped or
		// written some other way, or the handler stored for later, leaves
		// it unknown.
		type pass struct {
			p  *types.Var // this adapter's parameter
			fn *types.Func
			i  int // the argument of fn it is passed as
		}
		var passes []pass
		for c := range ps.ins.Root().Preorder((*ast.Ident)(nil)) {
			id := c.Node().(*ast.Ident)
			p, _ := info.Uses[id].(*types.Var)
			if p == nil || !params[p] {
				continue
			}
			call, _ := c.Parent().Node().(*ast.CallExpr)
			switch {
			case call == nil:
			case call.Fun == id:
				if handled[call] {
					continue
				}
			default:
				fn, ok := typeutil.Callee(info, call).(*types.Func)
				if !ok {
					break
				}
				if i := slices.Index(call.Args, ast.Expr(id)); i >= 0 && i < fn.Signature().Params().Len() && handlerParam(fn.Signature().Params().At(i).Type()) {
					passes = append(passes, pass{p, fn, i})
					continue
				}
			}
			writes[p] = poisoned
		}
		// A parameter passed on (return h.all(f)) is written as the one it
		// is passed to, to a fixpoint; passed to one the model knows no
		// writer of, it is unknown.
		for changed, rounds := true, 0; changed && rounds <= len(params); rounds++ {
			changed = false
			for _, pa := range passes {
				from := writeOf(pa.fn, pa.i)
				if from == nil || from.ew == nil {
					continue
				}
				if old, ok := writes[pa.p]; !ok {
					writes[pa.p] = from
					changed = true
				} else if old.ew != nil && !old.ew.same(from.ew) {
					writes[pa.p] = poisoned
					changed = true
				}
			}
		}
		for changed := true; changed; {
			changed = false
			for _, pa := range passes {
				if from := writeOf(pa.fn, pa.i); (from == nil || from.ew == nil) && writes[pa.p] != poisoned {
					writes[pa.p] = poisoned
					changed = true
				}
			}
		}
		ps.adapterParams = map[*types.Var]bool{}
		for p, aw := range writes {
			if aw.ew != nil {
				ps.adapterParams[p] = true
			}
		}
		ps.exportAdapters(writes)
	} else {
		for c := range ps.ins.Root().Preorder((*ast.CallExpr)(nil)) {
			calls = append(calls, c.Node().(*ast.CallExpr))
		}
	}
	for _, call := range calls {
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok {
			continue
		}
		for i, a := range call.Args {
			aw := writeOf(fn, i)
			if aw == nil || aw.ew == nil {
				continue
			}
			n := ps.funcNode(a)
			if n == nil {
				continue
			}
			set(n, aw.ew)
			if len(aw.presets) > 0 {
				if ps.presets == nil {
					ps.presets = make(map[ast.Node][]string)
				}
				for _, h := range aw.presets {
					if !contains(ps.presets[n], h) {
						ps.presets[n] = append(ps.presets[n], h)
					}
				}
			}
		}
	}
}

// exportAdapters exports the AdapterFact of this package's exported
// adapters.
func (ps *pkgState) exportAdapters(writes map[*types.Var]*adapterWrite) {
	for fn := range ps.decls {
		if !fn.Exported() {
			continue
		}
		var fact AdapterFact
		sig := fn.Signature()
		for i := 0; i < sig.Params().Len(); i++ {
			if aw := writes[sig.Params().At(i)]; aw != nil && aw.ew != nil {
				fact.Params = append(fact.Params, AdaptedParam{Param: i, Writer: ErrorWriter{Summary: *aw.ew.sum, ErrParam: aw.ew.errParam}, Presets: aw.presets})
			}
		}
		if len(fact.Params) > 0 {
			ps.pass.ExportObjectFact(fn, &fact)
		}
	}
}

// adapterHelperArg reports whether argument i (a) of the helper call
// (fn) is the error of a handler parameter's call, and how the helper then
// writes it. The call is at cursor c.
func (ps *pkgState) adapterHelperArg(c inspector.Cursor, call *ast.CallExpr, fn *types.Func, i int, a ast.Expr, params map[*types.Var]bool, sole map[*types.Var]*ast.CallExpr) (*types.Var, *adapterWrite, *ast.CallExpr) {
	info := ps.pass.TypesInfo
	if !isErrorType(info.TypeOf(a)) {
		return nil, nil, nil
	}
	// The function the helper call is in: the handler the adapter returns.
	var encl ast.Node
	for p := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		encl = p.Node()
		break
	}
	if encl == nil {
		return nil, nil, nil
	}
	var (
		src  *ast.CallExpr // the handler's call
		lit  *ast.FuncLit  // the literal called at once that makes it, if any
		body *ast.BlockStmt
	)
	switch x := ast.Unparen(a).(type) {
	case *ast.Ident:
		if v, ok := info.Uses[x].(*types.Var); ok {
			src = sole[v]
		}
	case *ast.CallExpr:
		if l, ok := ast.Unparen(x.Fun).(*ast.FuncLit); ok && len(x.Args) == 0 {
			lit, src = l, ps.litReturnsCall(l, params, sole)
		} else if ps.handlerCall(x, params) != nil {
			src = x
		}
	}
	if src == nil {
		return nil, nil, nil
	}
	// err := f(w, r) of the same function (or of the literal called at
	// once), not of one around it or in it.
	if sc, ok := ps.cursorOf(src); !ok {
		return nil, nil, nil
	} else if lit == nil {
		for p := range sc.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			if p.Node() != encl {
				return nil, nil, nil
			}
			break
		}
	}
	p := ps.handlerCall(src, params)
	sum := ps.summaryOf(fn)
	if sum == nil || sum.Opaque || sum.Status == Never || sum.Writer < 0 || sum.Writer >= len(call.Args) {
		return nil, nil, nil
	}
	// The helper writes to the response the handler was given.
	w := ps.writerArg(src)
	if w == nil {
		return nil, nil, nil
	}
	if id, ok := ast.Unparen(call.Args[sum.Writer]).(*ast.Ident); !ok || info.Uses[id] != w {
		return p, &adapterWrite{}, src
	}
	switch n := encl.(type) {
	case *ast.FuncDecl:
		body = n.Body
	case *ast.FuncLit:
		body = n.Body
	}
	start := src.Pos()
	if lit != nil {
		start = a.Pos()
	}
	presets, ok := ps.adapterTouches(body, w, start, call, a, src)
	if !ok {
		return p, &adapterWrite{}, src
	}
	if lit != nil {
		more, ok := ps.adapterTouches(lit.Body, w, src.Pos(), nil, nil, src)
		if !ok {
			return p, &adapterWrite{}, src
		}
		presets = append(presets, more...)
	}
	sort.Strings(presets)
	return p, &adapterWrite{ew: &errWriter{sum: sum, errParam: i, helper: fn}, presets: presets}, src
}

// handlerCall returns the handler parameter call calls, or nil.
func (ps *pkgState) handlerCall(call *ast.CallExpr, params map[*types.Var]bool) *types.Var {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil
	}
	if v, ok := ps.pass.TypesInfo.Uses[id].(*types.Var); ok && params[v] {
		return v
	}
	return nil
}

// writerArg returns the variable a handler's call passes its response in.
func (ps *pkgState) writerArg(call *ast.CallExpr) *types.Var {
	sig, ok := ps.pass.TypesInfo.TypeOf(call.Fun).Underlying().(*types.Signature)
	if !ok {
		return nil
	}
	i := writerParam(sig)
	if i < 0 || i >= len(call.Args) {
		return nil
	}
	id, ok := ast.Unparen(call.Args[i]).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := ps.pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil || !isWriterType(v.Type()) {
		return nil
	}
	return v
}

// soleCalls returns, for the variables of this package that hold a
// handler's error (err := f(w, r)), that call, when it is their only
// definition.
func (ps *pkgState) soleCalls(params map[*types.Var]bool) map[*types.Var]*ast.CallExpr {
	info := ps.pass.TypesInfo
	sole := map[*types.Var]*ast.CallExpr{}
	for c := range ps.ins.Root().Preorder((*ast.AssignStmt)(nil)) {
		as := c.Node().(*ast.AssignStmt)
		if len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			continue
		}
		id, ok := ast.Unparen(as.Lhs[0]).(*ast.Ident)
		call, isCall := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok || !isCall || ps.handlerCall(call, params) == nil {
			continue
		}
		if v, ok := info.ObjectOf(id).(*types.Var); ok {
			sole[v] = call
		}
	}
	if len(sole) == 0 {
		return sole
	}
	defs := map[*types.Var]int{}
	for c := range ps.ins.Root().Preorder((*ast.AssignStmt)(nil), (*ast.UnaryExpr)(nil)) {
		switch x := c.Node().(type) {
		case *ast.AssignStmt:
			for _, lhs := range x.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
					if v, ok := info.ObjectOf(id).(*types.Var); ok && sole[v] != nil {
						defs[v]++
					}
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(x.X).(*ast.Ident); ok && x.Op == token.AND {
				if v, ok := info.Uses[id].(*types.Var); ok && sole[v] != nil {
					defs[v] += 2 // &err: changed where the model cannot see
				}
			}
		}
	}
	for v, n := range defs {
		if n != 1 {
			delete(sole, v)
		}
	}
	return sole
}

// litReturnsCall returns the handler call whose error the literal lit,
// called at once, returns on every path that runs it: err := f(w, r)
// followed only by return err, or return f(w, r). Returns before the call
// are the adapter's own errors.
func (ps *pkgState) litReturnsCall(lit *ast.FuncLit, params map[*types.Var]bool, sole map[*types.Var]*ast.CallExpr) *ast.CallExpr {
	info := ps.pass.TypesInfo
	var calls []*ast.CallExpr
	var returns []*ast.ReturnStmt
	ast.Inspect(lit.Body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if ps.handlerCall(x, params) != nil {
				calls = append(calls, x)
			}
		case *ast.ReturnStmt:
			returns = append(returns, x)
		}
		return true
	})
	if len(calls) != 1 {
		return nil
	}
	src := calls[0]
	var v *types.Var
	for _, ret := range returns {
		if ret.Pos() < src.Pos() {
			continue
		}
		if len(ret.Results) != 1 {
			return nil
		}
		switch r := ast.Unparen(ret.Results[0]).(type) {
		case *ast.CallExpr:
			if r != src {
				return nil
			}
		case *ast.Ident:
			rv, _ := info.Uses[r].(*types.Var)
			if rv == nil || v != nil && rv != v {
				return nil
			}
			v = rv
		default:
			return nil
		}
	}
	if v != nil && sole[v] != src {
		return nil
	}
	return src
}

// adapterTouches reports what the adapter's function body does to the
// response w outside the handler's call src, the helper call and its
// argument a: the headers of constant names it sets before start, and
// false when it does anything else with w — writes, hands it on, uses it
// after the handler ran or in a literal, except one that recovers from a
// panic, under if recover() != nil.
func (ps *pkgState) adapterTouches(body *ast.BlockStmt, w *types.Var, start token.Pos, helper *ast.CallExpr, a ast.Expr, src *ast.CallExpr) ([]string, bool) {
	info := ps.pass.TypesInfo
	var presets []string
	ok := true
	var visit func(x ast.Node, recovered bool) bool
	visit = func(x ast.Node, recovered bool) bool {
		if !ok {
			return false
		}
		switch x := x.(type) {
		case *ast.CallExpr:
			if x == src || x == helper {
				// The handler's call and the helper's: w is what they
				// are given.
				for _, arg := range x.Args {
					if id, isID := ast.Unparen(arg).(*ast.Ident); (isID && info.Uses[id] == w) || arg == a {
						continue
					}
					ast.Inspect(arg, func(y ast.Node) bool { return visit(y, recovered) })
				}
				return false
			}
			if a != nil && x == ast.Unparen(a) {
				return false // the literal called at once: seen on its own
			}
			// w.Header().Set("X", v) before the handler runs.
			if name, isSet := headerSet(info, x, w); isSet {
				if name == "" || x.Pos() > start {
					ok = false
					return false
				}
				presets = append(presets, name)
				for _, arg := range x.Args {
					ast.Inspect(arg, func(y ast.Node) bool { return visit(y, recovered) })
				}
				return false
			}
		case *ast.IfStmt:
			if !recovered && callsRecover(info, x) {
				if x.Init != nil {
					ast.Inspect(x.Init, func(y ast.Node) bool { return visit(y, false) })
				}
				ast.Inspect(x.Cond, func(y ast.Node) bool { return visit(y, false) })
				ast.Inspect(x.Body, func(y ast.Node) bool { return visit(y, true) })
				if x.Else != nil {
					ast.Inspect(x.Else, func(y ast.Node) bool { return visit(y, false) })
				}
				return false
			}
		case *ast.Ident:
			if info.Uses[x] == w && !recovered {
				ok = false
			}
		}
		return true
	}
	ast.Inspect(body, func(x ast.Node) bool { return visit(x, false) })
	return presets, ok
}

// headerSet reports whether call sets a header of w — w.Header().Set(k,
// v) or .Add(k, v) — and its canonical name, "" when not constant.
func headerSet(info *types.Info, call *ast.CallExpr, w *types.Var) (string, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || (sel.Sel.Name != "Set" && sel.Sel.Name != "Add") || len(call.Args) != 2 {
		return "", false
	}
	hc, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok || len(hc.Args) != 0 {
		return "", false
	}
	hs, ok := ast.Unparen(hc.Fun).(*ast.SelectorExpr)
	if !ok || hs.Sel.Name != "Header" {
		return "", false
	}
	id, ok := ast.Unparen(hs.X).(*ast.Ident)
	if !ok || info.Uses[id] != w {
		return "", false
	}
	name := constString(info, call.Args[0])
	if name == "" {
		return "", true
	}
	return canonicalHeader(name), true
}

// callsRecover reports whether the condition of ifs (or its init) calls
// the builtin recover: the block runs only after a panic.
func callsRecover(info *types.Info, ifs *ast.IfStmt) bool {
	found := false
	for _, n := range []ast.Node{ifs.Init, ifs.Cond} {
		if n == nil {
			continue
		}
		ast.Inspect(n, func(x ast.Node) bool {
			if call, ok := x.(*ast.CallExpr); ok {
				if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
					if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "recover" {
						found = true
					}
				}
			}
			return !found
		})
	}
	return found
}

// intersect returns the strings in both a and b.
func intersect(a, b []string) []string {
	var out []string
	for _, s := range a {
		if contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}
