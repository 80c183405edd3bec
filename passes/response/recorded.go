package response

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"golang.org/x/tools/go/types/typeutil"
)

// Errors recorded for a middleware. A gin handler records an error,
//
//	if err := c.ShouldBindJSON(&v); err != nil { _ = c.Error(err); return }
//
// and a middleware of the package writes it once the chain has run:
//
//	c.Next()
//	if len(c.Errors) == 0 { return }
//	err := c.Errors.Last().Err
//	c.JSON(statusOf(err), gin.H{"error": err.Error()})
//
// The middleware is the app's error handler for those errors: c.Error(x)
// is its write, with x as the error it reads (recordedParam while the
// middleware is analyzed), after whatever the handler does next. A 401
// it writes without a challenge is reported once, where it is installed.

// recordedParam is StatusValue.param for the error a middleware reads
// from the context's recorded errors.
const recordedParam = -3

// recorder is the middleware of this package that writes recorded errors.
type recorder struct {
	fn      *Func
	handOff token.Pos // where the middleware runs the chain (c.Next())
	sum     *WriterSummary
}

// recordedRead reports whether e reads the error a handler recorded:
// c.Errors.Last().Err, c.Errors[0].Err, c.Errors.Last().
func (f *funcInfo) recordedRead(e ast.Expr) bool {
	info := f.pkg.pass.TypesInfo
	e = ast.Unparen(e)
	if sel, ok := e.(*ast.SelectorExpr); ok && sel.Sel.Name == "Err" {
		e = ast.Unparen(sel.X)
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Last" || len(x.Args) != 0 {
			return false
		}
		e = sel.X
	case *ast.IndexExpr:
		e = x.X
	default:
		return false
	}
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return false
	}
	name := contextName(s.Recv())
	return name != "" && knowledge.RecordedErrorsField(name+"."+sel.Sel.Name)
}

// findRecorder finds the middleware of this package that writes recorded
// errors: a function that runs the chain and then writes a status that
// depends on a recorded error. Two of them leave it unknown.
func (ps *pkgState) findRecorder() {
	var found *recorder
	for c := range ps.ins.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		n := c.Node()
		var body *ast.BlockStmt
		var sig *types.Signature
		switch n := n.(type) {
		case *ast.FuncDecl:
			body = n.Body
			if fn, ok := ps.pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
				sig = fn.Signature()
			}
		case *ast.FuncLit:
			body = n.Body
			sig, _ = ps.pass.TypesInfo.TypeOf(n).(*types.Signature)
		}
		if body == nil || sig == nil || sig.Params().Len() != 1 || writerParam(sig) != 0 {
			continue
		}
		fi := ps.info(n)
		if fi == nil {
			continue
		}
		reads := false
		ast.Inspect(body, func(x ast.Node) bool {
			if _, ok := x.(*ast.FuncLit); ok {
				return false
			}
			if e, ok := x.(ast.Expr); ok && !reads && fi.recordedRead(e) {
				reads = true
			}
			return !reads
		})
		if !reads {
			continue
		}
		r := ps.recorderOf(n)
		if r == nil {
			continue
		}
		if found != nil {
			ps.recorder = nil
			return
		}
		found = r
	}
	ps.recorder = found
}

// recorderOf summarises the middleware n: what it writes after running
// the chain, in terms of the recorded error (parameter 1 of the summary).
func (ps *pkgState) recorderOf(n ast.Node) *recorder {
	f := ps.analyze(n)
	if f == nil {
		return nil
	}
	w := f.info.sig.Params().At(0)
	r := &recorder{fn: f, handOff: token.NoPos}
	for _, ev := range f.Events {
		if ev.Writer == w && ev.Kind == Opaque && ev.HandsOff {
			if r.handOff.IsValid() {
				return nil // runs the chain twice
			}
			r.handOff = ev.Call.End()
		}
	}
	if !r.handOff.IsValid() {
		return nil
	}
	s := &WriterSummary{Writer: 0, StatusParam: -1, BodyParam: -1, Status: Sometimes, Deferred: true}
	dependent := false
	for _, ev := range f.Events {
		if ev.Writer != w || ev.Call.Pos() < r.handOff {
			continue
		}
		switch ev.Kind {
		case Opaque:
			return nil
		case SetHeader:
			if !slices.Contains(s.MaybeHeaders, ev.Header) {
				s.MaybeHeaders = append(s.MaybeHeaders, ev.Header)
			}
		case WriteStatus:
			if ev.Status.Unknown {
				s.Statuses = append(s.Statuses, CarriedStatus{Param: -1, Unknown: true})
			}
			for _, v := range ev.Status.Values {
				v.markCases()
				c := carried{v: v}.fact()
				switch {
				case v.param == recordedParam:
					c.Param, c.From = 1, v.from
					dependent = true
				case v.symbolic():
					c = CarriedStatus{Param: -1, Unknown: true}
				default:
					c.Choice = true
				}
				if !slices.Contains(s.Statuses, c) {
					s.Statuses = append(s.Statuses, c)
				}
			}
		case WriteBody:
			if s.Body == Never {
				s.Body, s.BodyShape = Sometimes, ev.Shape
			}
		}
	}
	if !dependent {
		return nil
	}
	slices.Sort(s.MaybeHeaders)
	r.sum = s
	return r
}

// recordedEvents are the events of a handler's c.Error(x): what the
// package's middleware writes for x once the handler has returned.
func (f *funcInfo) recordedEvents(call *ast.CallExpr, w *types.Var) []*Event {
	r := f.pkg.recorder
	if r == nil || len(call.Args) != 1 || !f.endsHandler(call) {
		return nil
	}
	x := call.Args[0]
	synth := &ast.CallExpr{Fun: x, Lparen: x.Pos(), Args: []ast.Expr{&ast.Ident{NamePos: x.Pos(), Name: "_"}, x}, Rparen: x.End() - 1}
	evs := f.expandSummary(synth, w, nil, r.sum, nil, nil)
	for _, ev := range evs {
		ev.Call = call
		ev.Deferred = true
		ev.returned = true
		// Only when the handler has not answered: not a second write.
		ev.Maybe = ev.Maybe || ev.Kind != WriteStatus
	}
	return evs
}

// isRecorder reports whether call records an error for a middleware.
func (f *funcInfo) isRecorder(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(f.pkg.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return false
	}
	_, ok := knowledge.ErrorRecorder(fn.FullName())
	return ok
}

// installRecorder makes the package's middleware the error handler of
// its framework for the header rules, at the place it is installed
// (r.Use(errorsMiddleware()), r.Group("/x", Errors())).
func (ps *pkgState) installRecorder(res *Result) {
	r := ps.recorder
	if r == nil {
		return
	}
	fw := knowledge.FrameworkOf(contextName(r.fn.info.sig.Params().At(0).Type()))
	if fw == nil || fw.Name == "" {
		return
	}
	if _, ok := res.handlers[fw.Name]; ok {
		return // one installed in a field as well: not this one alone
	}
	var site ast.Node = r.fn.Node
	for c := range ps.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		for _, a := range call.Args {
			if ps.errorHandlerFunc(a, res) == r.fn {
				site = a
			}
		}
	}
	if res.handlers == nil {
		res.handlers = map[string]*AppErrorHandler{}
	}
	res.handlers[fw.Name] = &AppErrorHandler{Site: site, Func: r.fn, after: r.handOff}
}

// endsHandler reports whether the statement holding call is followed by
// a return (or ends the function): the recorded error is then the
// answer. c.Error(err) followed by the handler's own c.JSON(400, ...)
// records err for logging; the handler answers.
func (f *funcInfo) endsHandler(call *ast.CallExpr) bool {
	c, ok := f.pkg.cursorOf(call)
	if !ok {
		return false
	}
	stmt := c.Parent()
	switch n := stmt.Node().(type) {
	case *ast.ExprStmt:
	case *ast.AssignStmt:
		if len(n.Rhs) != 1 || n.Rhs[0] != call {
			return false
		}
	default:
		return false
	}
	block, ok := stmt.Parent().Node().(*ast.BlockStmt)
	if !ok {
		return false
	}
	for i, st := range block.List {
		if st != stmt.Node() {
			continue
		}
		if i+1 == len(block.List) {
			return block == f.body
		}
		// return, or return 0, false from a helper whose caller returns.
		ret, ok := block.List[i+1].(*ast.ReturnStmt)
		if !ok {
			return false
		}
		for _, r := range ret.Results {
			if _, isCall := ast.Unparen(r).(*ast.CallExpr); isCall {
				return false
			}
		}
		return true
	}
	return false
}
