package response

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"sort"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Handlers that return their errors to a writer. ntfy's handlers return
// errors that the dispatcher hands to s.handleError(w, r, v, err); a
// type appHandler func(w, r) error hands them, in its ServeHTTP, to
// respondErr(w, err). A handler's `return err` is then that writer's
// response to err, at the return.

// ErrorWriter is the fact for a named function type whose ServeHTTP runs
// the function and hands the error it returns to a writer helper.
type ErrorWriter struct {
	Summary  WriterSummary // the helper's
	ErrParam int           // the helper's parameter given the error
}

func (*ErrorWriter) AFact() {}

func (e *ErrorWriter) String() string {
	return fmt.Sprintf("writes returned errors as param%d of %s", e.ErrParam, e.Summary.String())
}

// errWriter is how the errors a function returns are written.
type errWriter struct {
	sum      *WriterSummary
	errParam int
	helper   *types.Func // nil when known from a fact
}

// findErrWriters records, for the functions of this package, the writer
// their returned errors are handed to: by a caller in this package (err :=
// h(w, r); if err != nil { s.handleError(w, r, err) }), or by the
// ServeHTTP of a function type they are converted to (Handler(u.Get)).
func (ps *pkgState) findErrWriters() {
	ps.errWriters = map[ast.Node]*errWriter{}
	info := ps.pass.TypesInfo
	conflict := map[ast.Node]bool{}
	set := func(n ast.Node, ew *errWriter) {
		if n == nil || ew == nil || conflict[n] {
			return
		}
		if old, ok := ps.errWriters[n]; ok && !old.same(ew) {
			delete(ps.errWriters, n)
			conflict[n] = true
			return
		}
		ps.errWriters[n] = ew
	}
	funcNode := ps.funcNode
	// First the function types' ServeHTTP methods, then the conversions
	// to those types and the callers.
	for round := 0; round < 2; round++ {
		for c := range ps.ins.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			var body *ast.BlockStmt
			var recv *types.Var
			switch n := c.Node().(type) {
			case *ast.FuncDecl:
				body = n.Body
				if fn, ok := info.Defs[n.Name].(*types.Func); ok && fn.Name() == "ServeHTTP" && fn.Signature().Recv() != nil {
					if _, isFunc := fn.Signature().Recv().Type().Underlying().(*types.Signature); isFunc {
						recv = fn.Signature().Recv()
					}
				}
			case *ast.FuncLit:
				body = n.Body
			}
			if body == nil || (round == 0) != (recv != nil) {
				continue
			}
			// err := F(w, r): the error variables, by the function they hold
			// the error of (the receiver, in a function type's ServeHTTP).
			errOf := map[*types.Var]ast.Node{}
			var fromRecv *types.Var
			var helpers []*ast.CallExpr
			c.Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)}, func(cc inspector.Cursor) bool {
				switch n := cc.Node().(type) {
				case *ast.FuncLit:
					return n == c.Node()
				case *ast.AssignStmt:
					if len(n.Rhs) != 1 || len(n.Lhs) == 0 {
						return true
					}
					call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
					if !ok {
						return true
					}
					id, ok := n.Lhs[len(n.Lhs)-1].(*ast.Ident)
					if !ok {
						return true
					}
					v, _ := info.ObjectOf(id).(*types.Var)
					if v == nil || !isErrorType(v.Type()) {
						return true
					}
					if recv != nil {
						if rid, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && info.Uses[rid] == recv {
							fromRecv = v
							return true
						}
					}
					if fn, ok := typeutil.Callee(info, call).(*types.Func); ok && writerParam(fn.Signature()) >= 0 && returnsError(fn.Signature()) {
						if d := ps.decls[fn]; d != nil {
							errOf[v] = d
						}
					}
				case *ast.CallExpr:
					helpers = append(helpers, n)
					// Handler(u.Get), or u.Get passed where a Handler is wanted.
					if tv, ok := info.Types[n.Fun]; ok && tv.IsType() && len(n.Args) == 1 {
						set(funcNode(n.Args[0]), ps.typeErrWriter(tv.Type))
					}
					for i, a := range n.Args {
						if t := paramType(info, n, i); t != nil {
							if _, isNamed := types.Unalias(t).(*types.Named); isNamed {
								if _, isFunc := t.Underlying().(*types.Signature); isFunc {
									set(funcNode(a), ps.typeErrWriter(t))
								}
							}
						}
					}
				}
				return true
			})
			for _, h := range helpers {
				fn, ok := typeutil.Callee(info, h).(*types.Func)
				if !ok {
					continue
				}
				for i, a := range h.Args {
					id, ok := ast.Unparen(a).(*ast.Ident)
					if !ok {
						continue
					}
					v, _ := info.Uses[id].(*types.Var)
					if v == nil || (errOf[v] == nil && v != fromRecv) {
						continue
					}
					sum := ps.summaryOf(fn)
					if sum == nil || sum.Opaque || sum.Status == Never {
						continue
					}
					ew := &errWriter{sum: sum, errParam: i, helper: fn}
					if v == fromRecv {
						ps.adapters[types.Unalias(recv.Type())] = ew
					} else {
						set(errOf[v], ew)
					}
				}
			}
		}
	}
	ps.findAdapters(set)
}

// passErrWriters hands each function's error writer on to the functions
// whose errors it returns: return s.handleX(w, r, v), and through
// wrappers, return s.ensureAdmin(s.withSync(s.handleX))(w, r, v): the
// literals the wrappers return and the handlers they are given.
func (ps *pkgState) passErrWriters() {
	info := ps.pass.TypesInfo
	// through collects the functions the value e stands for.
	var through func(e ast.Expr, out *[]ast.Node, seen map[*types.Func]bool)
	through = func(e ast.Expr, out *[]ast.Node, seen map[*types.Func]bool) {
		if n := ps.funcNode(e); n != nil {
			*out = append(*out, n)
			return
		}
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return
		}
		fn, _ := info.Uses[selIdent(call.Fun)].(*types.Func)
		if fn == nil || seen[fn] || len(seen) > maxDepth {
			return
		}
		if sig := fn.Signature(); sig.Results().Len() != 1 {
			return
		} else if _, isFunc := sig.Results().At(0).Type().Underlying().(*types.Signature); !isFunc {
			return
		}
		d := ps.decls[fn]
		if d == nil {
			return
		}
		seen[fn] = true
		for _, a := range call.Args {
			if _, isFunc := info.TypeOf(a).Underlying().(*types.Signature); isFunc {
				through(a, out, seen)
			}
		}
		ps.cursors[fn].Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil)}, func(c inspector.Cursor) bool {
			switch n := c.Node().(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) == 1 {
					through(n.Results[0], out, seen)
				}
			}
			return true
		})
	}
	// targets returns the functions whose errors n returns as its own.
	targets := func(n ast.Node) []ast.Node {
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.FuncDecl:
			body = n.Body
		case *ast.FuncLit:
			body = n.Body
		}
		if body == nil {
			return nil
		}
		var out []ast.Node
		ast.Inspect(body, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(x.Results) != 1 {
					return true
				}
				call, ok := ast.Unparen(x.Results[0]).(*ast.CallExpr)
				if !ok || !isErrorType(info.TypeOf(call)) {
					return true
				}
				// return next(w, r, v): next is given by the caller.
				if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
					if _, isVar := info.Uses[id].(*types.Var); isVar {
						return true
					}
				}
				through(call.Fun, &out, map[*types.Func]bool{})
			}
			return true
		})
		return out
	}
	// Which writers reach each function, to a fixpoint, in an order that
	// does not depend on map iteration: one reached by two is left out.
	reach := map[ast.Node][]*errWriter{}
	var work []ast.Node
	for n, ew := range ps.errWriters {
		if ew != nil {
			reach[n] = []*errWriter{ew}
			work = append(work, n)
		}
	}
	sort.Slice(work, func(i, j int) bool { return work[i].Pos() < work[j].Pos() })
	same := func(a, b *errWriter) bool { return a.same(b) }
	memo := map[ast.Node][]ast.Node{}
	for len(work) > 0 {
		n := work[0]
		work = work[1:]
		ts, ok := memo[n]
		if !ok {
			ts = targets(n)
			memo[n] = ts
		}
		for _, t := range ts {
			added := false
			for _, ew := range reach[n] {
				if !slices.ContainsFunc(reach[t], func(o *errWriter) bool { return same(o, ew) }) {
					reach[t] = append(reach[t], ew)
					added = true
				}
			}
			if added {
				work = append(work, t)
			}
		}
	}
	for n, ews := range reach {
		if len(ews) == 1 {
			ps.errWriters[n] = ews[0]
		} else {
			delete(ps.errWriters, n)
		}
	}
}

// typeErrWriter returns how the named function type t writes the errors
// its functions return, from its ServeHTTP (this package) or a fact.
func (ps *pkgState) typeErrWriter(t types.Type) *errWriter {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil
	}
	if ew, ok := ps.adapters[n]; ok {
		return ew
	}
	if n.Obj().Pkg() == ps.pass.Pkg {
		return nil
	}
	var fact ErrorWriter
	if !ps.pass.ImportObjectFact(n.Obj(), &fact) {
		return nil
	}
	return &errWriter{sum: &fact.Summary, errParam: fact.ErrParam}
}

// exportErrWriters exports the ErrorWriter facts of this package's
// function types.
func (ps *pkgState) exportErrWriters() {
	for t, ew := range ps.adapters {
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() != ps.pass.Pkg || !n.Obj().Exported() {
			continue
		}
		ps.pass.ExportObjectFact(n.Obj(), &ErrorWriter{Summary: *ew.sum, ErrParam: ew.errParam})
	}
}

// errorWriterEvents are the events of a handler's `return x` when its
// returned errors go to a writer helper: that helper's, given x.
func (f *funcInfo) errorWriterEvents(ret *ast.ReturnStmt) []*Event {
	ew := f.pkg.errWriters[f.node]
	if ew == nil || len(ret.Results) != 1 || f.sig.Results().Len() != 1 {
		return nil
	}
	x := ret.Results[0]
	if isNilIdent(f.pkg.pass.TypesInfo, x) || !f.surelyError(x, ret) {
		return nil
	}
	w := f.soleWriter()
	if w == nil {
		return nil
	}
	// The call the helper is given: x where the error goes, placeholders
	// (which evaluate to nothing known) for the rest.
	n := max(ew.errParam+1, ew.sum.Writer+1)
	args := make([]ast.Expr, n)
	for i := range args {
		args[i] = &ast.Ident{NamePos: x.Pos(), Name: "_"}
	}
	args[ew.errParam] = x
	call := &ast.CallExpr{Fun: x, Lparen: x.Pos(), Args: args, Rparen: x.End() - 1}
	evs := f.expandSummary(call, w, ew.helper, ew.sum, nil, nil)
	for _, ev := range evs {
		ev.Call = x
	}
	return evs
}

// surelyError reports whether the error x returned at ret is not nil:
// a constructor's (apperr.BadRequest(msg), fmt.Errorf, errors.New), or a
// variable tested on the error path the return is on (if err != nil {
// return err }). return s.handleHealth(w, r) returns nil when all went
// well, and the writer writes nothing then.
func (f *funcInfo) surelyError(x ast.Expr, ret *ast.ReturnStmt) bool {
	info := f.pkg.pass.TypesInfo
	switch x := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(info, x).(*types.Func)
		if !ok {
			return false
		}
		switch fn.FullName() {
		case "errors.New", "fmt.Errorf":
			return true
		}
		return len(f.pkg.carriesOf(fn)) > 0
	case *ast.UnaryExpr, *ast.CompositeLit:
		return true
	case *ast.Ident:
		v := f.localVar(x)
		for g := f.guardAt(ret.Pos()); g != nil && v != nil; g = g.parent {
			if g.errVar == v {
				return true
			}
		}
		return v == nil && f.sentinelObj(x) != nil
	}
	return false
}
