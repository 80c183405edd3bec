package response

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"golang.org/x/tools/go/ast/inspector"
)

// An AppErrorHandler is the error handler an app installs in this
// package (e.HTTPErrorHandler = h, fiber.Config{ErrorHandler: h}): it
// writes the response for every error a handler returns, so what it adds
// for a status (WWW-Authenticate for 401) it adds for every return.
type AppErrorHandler struct {
	Site ast.Node // the assignment or the key of the config literal that installs it
	Func *Func    // its model, nil when the model cannot see its body
	// after: for a middleware writing recorded errors, where it has run
	// the chain; only what it does after that is for the errors.
	after token.Pos
}

// ErrorHandlerFor returns the error handler installed in this package for
// the framework of ev's response, or nil: the framework's default, or one
// installed in a package the model cannot see from here.
func (r *Result) ErrorHandlerFor(ev *Event) *AppErrorHandler {
	if r.handlers == nil || ev.Writer == nil {
		return nil
	}
	return r.handlers[knowledge.FrameworkOf(contextName(ev.Writer.Type())).Name]
}

// Returned reports whether the event is the status the framework's error
// handler writes for an error the handler returns (return
// echo.NewHTTPError(401), return fiber.ErrUnauthorized, return err).
func (e *Event) Returned() bool { return e.returned }

// HeaderFor reports whether the handler sets name on every response it
// sends with the status code: set before its writes, or under a condition
// on the status it writes that code satisfies (if code == 401 { set }).
func (h *AppErrorHandler) HeaderFor(name string, code int) HeaderState {
	if h.Func == nil {
		return HeaderUnknown
	}
	if h.after.IsValid() {
		// A middleware after c.Next(): what the handler set is at the
		// handler's c.Error; the middleware adds only what it sets here.
		for _, ev := range h.Func.Events {
			if ev.Pos() >= h.after && (ev.Kind == SetHeader || ev.Kind == Opaque) && (ev.Header == "" || ev.Header == canonicalHeader(name)) {
				return HeaderUnknown
			}
		}
		return HeaderUnset
	}
	writes := 0
	for _, ev := range h.Func.Events {
		switch ev.Kind {
		case Opaque:
			return HeaderUnknown
		case WriteStatus:
			if ev.statusVar != nil && !h.Func.info.reachableFor(ev, code) {
				continue // if code >= 500 { write a generic body }: not for this code
			}
			writes++
			if st := ev.HasHeaderFor(name, code); st != HeaderSet {
				return st
			}
		}
	}
	if writes == 0 {
		return HeaderUnknown
	}
	return HeaderSet
}

// reachableFor reports whether a status write can run when its status
// variable holds code, by the conditions on it around the write.
func (f *funcInfo) reachableFor(ev *Event, code int) bool {
	pos := ev.Pos()
	for _, c := range f.conds {
		if c.v == ev.statusVar && c.start <= pos && pos < c.end && !c.holds(code) {
			return false
		}
	}
	return true
}

// findErrorHandlers records the app error handlers installed in this
// package, by framework. Two different ones for one framework leave it
// unknown (nil Func).
func (ps *pkgState) findErrorHandlers(res *Result) {
	info := ps.pass.TypesInfo
	install := func(site ast.Node, field *types.Var, recv types.Type, value ast.Expr) {
		name := contextName(recv)
		if name == "" {
			return
		}
		fw, ok := knowledge.ErrorHandlerField(name + "." + field.Name())
		if !ok {
			return
		}
		h := &AppErrorHandler{Site: site, Func: ps.errorHandlerFunc(value, res)}
		if res.handlers == nil {
			res.handlers = map[string]*AppErrorHandler{}
		}
		if old, ok := res.handlers[fw.Name]; ok && old.Func != h.Func {
			h.Func = nil
		}
		res.handlers[fw.Name] = h
	}
	for c := range ps.ins.Root().Preorder((*ast.AssignStmt)(nil), (*ast.CompositeLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, lhs := range n.Lhs {
				sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
				if !ok {
					continue
				}
				if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal {
					install(n, s.Obj().(*types.Var), s.Recv(), n.Rhs[i])
				}
			}
		case *ast.CompositeLit:
			t := info.TypeOf(n)
			if t == nil {
				continue
			}
			st, ok := t.Underlying().(*types.Struct)
			if !ok {
				continue
			}
			for _, elt := range n.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				id, ok := kv.Key.(*ast.Ident)
				if !ok {
					continue
				}
				for i := 0; i < st.NumFields(); i++ {
					if st.Field(i).Name() == id.Name {
						install(kv, st.Field(i), t, kv.Value)
					}
				}
			}
		}
	}
}

// errorHandlerFunc returns the model of the function an error handler value
// stands for: a literal, a function or method of this package, or the
// literal a constructor of this package returns (errorHandler(logger)).
func (ps *pkgState) errorHandlerFunc(value ast.Expr, res *Result) *Func {
	info := ps.pass.TypesInfo
	var node ast.Node
	switch v := ast.Unparen(value).(type) {
	case *ast.FuncLit:
		node = v
	case *ast.Ident, *ast.SelectorExpr:
		if fn, ok := info.Uses[selIdent(v)].(*types.Func); ok {
			if d := ps.decls[fn]; d != nil {
				node = d
			}
		}
	case *ast.CallExpr:
		fn, ok := info.Uses[selIdent(v.Fun)].(*types.Func)
		if !ok || ps.decls[fn] == nil {
			return nil
		}
		var lits []*ast.FuncLit
		ps.cursors[fn].Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil)}, func(c inspector.Cursor) bool {
			switch n := c.Node().(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) == 1 {
					if lit, ok := ast.Unparen(n.Results[0]).(*ast.FuncLit); ok {
						lits = append(lits, lit)
					}
				}
			}
			return true
		})
		if len(lits) == 1 {
			node = lits[0]
		}
	}
	if node == nil {
		return nil
	}
	for _, f := range res.funcs {
		if f.Node == node {
			return f
		}
	}
	return nil
}

// isErrorHandlerKey reports whether kv sets the field of a framework's
// config that holds the app's error handler.
func isErrorHandlerKey(info *types.Info, lit *ast.CompositeLit, kv *ast.KeyValueExpr) bool {
	id, ok := kv.Key.(*ast.Ident)
	if !ok {
		return false
	}
	name := contextName(info.TypeOf(lit))
	_, ok = knowledge.ErrorHandlerField(name + "." + id.Name)
	return ok && name != ""
}

// callbackPresets returns the headers the middleware configured by lit
// sets before it runs the callback in kv, when the adapter knows them.
func callbackPresets(info *types.Info, lit *ast.CompositeLit, kv *ast.KeyValueExpr) ([]string, bool) {
	id, ok := kv.Key.(*ast.Ident)
	if !ok {
		return nil, false
	}
	name := contextName(info.TypeOf(lit))
	if name == "" {
		return nil, false
	}
	return knowledge.CallbackPresets(name + "." + id.Name)
}
