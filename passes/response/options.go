package response

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Functional options: a response described by the options a writer is
// given,
//
//	respond.With(w, respond.Status(409), respond.Header("Retry-After", "5"), respond.Body(v))
//
// An option constructor returns a closure that sets fields of the value
// it is applied to; its OptionFact says which, from which of its
// parameters. The writer applies its variadic options to a local value
// (for _, o := range opts { o(&rep) }) and writes rep.status and the
// headers in rep.headers: its summary reads the status from the options
// (a CarriedStatus with Options set, the literal's value as the default)
// and copies their headers (WriterSummary.OptionMaps). At a call, each
// option argument is looked up; the last one that sets the field wins.

// OptionFact describes an option constructor: the integer fields the
// option it returns sets, and the headers it adds to map fields.
type OptionFact struct {
	Sets    []OptionSet
	Headers []BuilderHeader
}

// OptionSet is one integer field an option sets.
type OptionSet struct {
	Field string
	Code  int // a constant, or
	Param int // the constructor's parameter it is set from, or -1: unknown
}

func (*OptionFact) AFact() {}

func (o *OptionFact) String() string {
	var parts []string
	for _, s := range o.Sets {
		switch {
		case s.Code != 0:
			parts = append(parts, fmt.Sprintf("sets .%s=%d", s.Field, s.Code))
		case s.Param >= 0:
			parts = append(parts, fmt.Sprintf("sets .%s=param%d", s.Field, s.Param))
		default:
			parts = append(parts, fmt.Sprintf("sets .%s=?", s.Field))
		}
	}
	for _, h := range o.Headers {
		switch {
		case h.Name != "":
			parts = append(parts, fmt.Sprintf("adds %s to .%s", h.Name, h.Map))
		case h.Param >= 0:
			parts = append(parts, fmt.Sprintf("adds param%d to .%s", h.Param, h.Map))
		default:
			parts = append(parts, fmt.Sprintf("adds ? to .%s", h.Map))
		}
	}
	return "option " + strings.Join(parts, " ")
}

// optionTarget returns the struct type an option of type t is applied
// to: t is func(*T) or func(T) with T a named struct.
func optionTarget(t types.Type) types.Type {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return nil
	}
	target := sig.Params().At(0).Type()
	if isWriterType(target) || isRequestType(target) {
		return nil // a handler or middleware: func(c *gin.Context)
	}
	base := target
	if p, ok := types.Unalias(base).(*types.Pointer); ok {
		base = p.Elem()
	}
	if _, ok := base.Underlying().(*types.Struct); !ok {
		return nil
	}
	return target
}

// optionShaped reports whether sig returns just an option.
func optionShaped(sig *types.Signature) bool {
	return sig.Results().Len() == 1 && optionTarget(sig.Results().At(0).Type()) != nil
}

// optionOf returns fn's OptionFact: from a fact for another package's
// function, computed on demand for this package's.
func (ps *pkgState) optionOf(fn *types.Func) *OptionFact {
	if fn.Pkg() == nil || !optionShaped(fn.Signature()) {
		return nil
	}
	if fn.Pkg() != ps.pass.Pkg {
		o := new(OptionFact)
		if ps.pass.ImportObjectFact(fn, o) {
			return o
		}
		return nil
	}
	if o, ok := ps.options[fn]; ok {
		return o
	}
	ps.options[fn] = nil
	d := ps.decls[fn]
	if d == nil {
		return nil
	}
	var o *OptionFact
	if fi := ps.info(d); fi != nil {
		o = fi.computeOption()
	}
	ps.options[fn] = o
	return o
}

// computeOption summarises f, an option constructor whose every return
// is a function literal, by what those literals do to their parameter.
func (f *funcInfo) computeOption() *OptionFact {
	info := f.pkg.pass.TypesInfo
	var lits []*ast.FuncLit
	ok := true
	ast.Inspect(f.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			var lit *ast.FuncLit
			if len(n.Results) == 1 {
				lit, _ = ast.Unparen(n.Results[0]).(*ast.FuncLit)
			}
			if lit == nil || len(lit.Type.Params.List) != 1 || len(lit.Type.Params.List[0].Names) != 1 {
				ok = false
				return false
			}
			lits = append(lits, lit)
		}
		return true
	})
	if !ok || len(lits) == 0 {
		return nil
	}
	o := &OptionFact{}
	param := func(e ast.Expr) int {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok {
				if i, ok := f.params[v]; ok {
					return i
				}
			}
		}
		return -1
	}
	for _, lit := range lits {
		p, _ := info.Defs[lit.Type.Params.List[0].Names[0]].(*types.Var)
		if p == nil {
			return nil
		}
		// field returns the field of p that e selects, if it does.
		field := func(e ast.Expr) (*types.Var, bool) {
			sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
			if !ok {
				return nil, false
			}
			id, ok := ast.Unparen(sel.X).(*ast.Ident)
			if !ok || info.Uses[id] != p {
				return nil, false
			}
			fl, ok := info.Uses[sel.Sel].(*types.Var)
			return fl, ok && fl.IsField()
		}
		isMap := func(fl *types.Var) bool {
			_, ok := fl.Type().Underlying().(*types.Map)
			return ok
		}
		mapField := func(e ast.Expr) string {
			if fl, ok := field(e); ok && isMap(fl) {
				return fl.Name()
			}
			return ""
		}
		o.Headers = append(o.Headers, f.headerAdds(lit.Body, mapField, param)...)
		ast.Inspect(lit.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					fl, ok := field(l)
					if !ok || !isInteger(fl.Type()) {
						continue
					}
					set := OptionSet{Field: fl.Name(), Param: -1}
					if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
						if c, ok := constCode(info, n.Rhs[i]); ok {
							set.Code = c
						} else {
							set.Param = param(n.Rhs[i])
						}
					}
					o.Sets = append(o.Sets, set)
				}
			case *ast.UnaryExpr:
				// &r.status: changed where the model does not follow.
				if fl, ok := field(n.X); ok && n.Op == token.AND && isInteger(fl.Type()) {
					o.Sets = append(o.Sets, OptionSet{Field: fl.Name(), Param: -1})
				}
			}
			return true
		})
	}
	if len(o.Sets) == 0 && len(o.Headers) == 0 {
		return o // an option that touches neither: Body(v)
	}
	return o
}

// optionsApplied returns the index of f's variadic option parameter when
// f applies it to the local variable v (for _, o := range opts { o(&v) }),
// and the composite literal v is defined by; ok is false otherwise.
func (f *funcInfo) optionsApplied(v *types.Var) (param int, lit *ast.CompositeLit, ok bool) {
	sig := f.sig
	if !sig.Variadic() {
		return 0, nil, false
	}
	param = sig.Params().Len() - 1
	opts := sig.Params().At(param)
	slice, isSlice := opts.Type().(*types.Slice)
	if !isSlice || optionTarget(slice.Elem()) == nil {
		return 0, nil, false
	}
	if _, isParam := f.params[v]; isParam {
		return 0, nil, false
	}
	info := f.pkg.pass.TypesInfo
	defs := f.assignments().of[v]
	if len(defs) != 1 || defs[0].rhs == nil {
		return 0, nil, false
	}
	rhs := ast.Unparen(defs[0].rhs)
	if u, isAddr := rhs.(*ast.UnaryExpr); isAddr && u.Op == token.AND {
		rhs = ast.Unparen(u.X)
	}
	lit, ok = rhs.(*ast.CompositeLit)
	if !ok {
		return 0, nil, false
	}
	applied := false
	ast.Inspect(f.body, func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if !ok || applied {
			return !applied
		}
		if id, ok := ast.Unparen(rs.X).(*ast.Ident); !ok || info.Uses[id] != opts {
			return true
		}
		val, ok := rs.Value.(*ast.Ident)
		if !ok {
			return true
		}
		o := info.Defs[val]
		ast.Inspect(rs.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || info.Uses[id] != o {
				return true
			}
			arg := ast.Unparen(call.Args[0])
			if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
				arg = ast.Unparen(u.X)
			}
			if id, ok := arg.(*ast.Ident); ok && info.Uses[id] == v {
				applied = true
			}
			return !applied
		})
		return !applied
	})
	return param, lit, applied
}

// optionCarries is the status field key of v holds, v a local variable
// the variadic options are applied to: symbolic in the options, with the
// literal's value as the default.
func (f *funcInfo) optionCarries(v *types.Var, key string, at ast.Node, depth int) (Status, bool) {
	param, lit, ok := f.optionsApplied(v)
	if !ok {
		return Status{}, false
	}
	if f.fieldsAssigned()[fieldOf{v, key}] != 0 {
		return Status{Unknown: true}, true // v.status = ... as well: not followed
	}
	sv := StatusValue{param: param, from: key, opts: true}
	for fl, val := range litFields(f.pkg.pass.TypesInfo, lit) {
		if fl.Name() == key {
			c, ok := constCode(f.pkg.pass.TypesInfo, val)
			if !ok {
				return Status{Unknown: true}, true
			}
			sv.optDefault = c
		}
	}
	return Status{Values: []StatusValue{sv}}, true
}

// optionStatus is the status the options args give field key: the last
// option that sets it, else dflt (0: unknown).
func (f *funcInfo) optionStatus(site ast.Expr, args []ast.Expr, key string, dflt int, at ast.Node, depth int) Status {
	if call, ok := site.(*ast.CallExpr); ok && call.Ellipsis.IsValid() {
		return Status{Unknown: true} // With(w, opts...)
	}
	info := f.pkg.pass.TypesInfo
	for i := len(args) - 1; i >= 0; i-- {
		call, ok := ast.Unparen(args[i]).(*ast.CallExpr)
		if !ok {
			return Status{Unknown: true}
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil {
			return Status{Unknown: true}
		}
		o := f.pkg.optionOf(fn)
		if o == nil {
			return Status{Unknown: true}
		}
		for j := len(o.Sets) - 1; j >= 0; j-- {
			s := o.Sets[j]
			if s.Field != key {
				continue
			}
			switch {
			case s.Code != 0:
				return Status{Values: []StatusValue{{Code: s.Code, Expr: call, Guard: f.guardAt(call.Pos()), param: -1}}}
			case s.Param >= 0 && s.Param < len(call.Args):
				return f.evalStatus(call.Args[s.Param], at, depth+1)
			}
			return Status{Unknown: true}
		}
	}
	if dflt == 0 {
		return Status{Unknown: true}
	}
	return Status{Values: []StatusValue{{Code: dflt, Expr: site, Guard: f.guardAt(site.Pos()), param: -1}}}
}

// optionHeaders returns the headers the options args add to the map
// field m: canonical names, "" for one the model cannot name.
func (f *funcInfo) optionHeaders(call *ast.CallExpr, args []ast.Expr, m string) []string {
	if call.Ellipsis.IsValid() {
		return []string{""}
	}
	info := f.pkg.pass.TypesInfo
	var out []string
	for _, a := range args {
		c, ok := ast.Unparen(a).(*ast.CallExpr)
		var o *OptionFact
		if ok {
			if fn, _ := typeutil.Callee(info, c).(*types.Func); fn != nil {
				o = f.pkg.optionOf(fn)
			}
		}
		if o == nil {
			out = append(out, "")
			continue
		}
		for _, h := range o.Headers {
			if h.Map != m {
				continue
			}
			out = append(out, f.addedName(h, c))
		}
	}
	return out
}

// optionMap returns, for the key variable of a range over a map field of
// a local variable the variadic options are applied to (for k, v :=
// range rep.headers), that field's name.
func (f *funcInfo) optionMap(x ast.Expr) string {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	v := f.localVar(sel.X)
	if v == nil {
		return ""
	}
	if _, _, ok := f.optionsApplied(v); !ok {
		return ""
	}
	if t := f.pkg.pass.TypesInfo.TypeOf(sel); t == nil {
		return ""
	} else if _, ok := t.Underlying().(*types.Map); !ok {
		return ""
	}
	return sel.Sel.Name
}
