package response

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// Conditions on a status value. The model follows a status variable's
// definitions, not the conditions around its use: in
//
//	if status != 0 { w.WriteHeader(status) }
//
// the 0 of `status := 0` seems to reach the write. A condition that
// compares the variable with a constant, around the use or returned from
// before it, narrows the constants that can reach it.

// A valueCond says that in [start, end) the variable v satisfies
// v op c.
type valueCond struct {
	v          *types.Var
	op         token.Token
	c          int
	in         []int // op ILLEGAL: v is one of these (case 429, 503:)
	start, end token.Pos
}

// holds reports whether code satisfies the condition.
func (vc valueCond) holds(code int) bool {
	switch vc.op {
	case token.ILLEGAL:
		return slices.Contains(vc.in, code)
	case token.EQL:
		return code == vc.c
	case token.NEQ:
		return code != vc.c
	case token.LSS:
		return code < vc.c
	case token.LEQ:
		return code <= vc.c
	case token.GTR:
		return code > vc.c
	case token.GEQ:
		return code >= vc.c
	}
	return true
}

// members returns the values a condition admits, when it is a set: v
// == c, or case a, b:.
func (vc valueCond) members() []int {
	switch vc.op {
	case token.EQL:
		return []int{vc.c}
	case token.ILLEGAL:
		return vc.in
	}
	return nil
}

// refine drops from st the constants that the conditions around pos rule
// out for v.
func (f *funcInfo) refine(v *types.Var, pos token.Pos, st Status) Status {
	conds := f.valueConds()
	if len(conds) == 0 || len(st.Values) == 0 {
		return st
	}
	var kept []StatusValue
	for _, sv := range st.Values {
		ok := true
		if !sv.symbolic() {
			for _, c := range conds {
				if c.v == v && c.start <= pos && pos < c.end && !c.holds(sv.Code) {
					ok = false
					break
				}
			}
		}
		if ok {
			kept = append(kept, sv)
		}
	}
	if len(kept) == len(st.Values) {
		return st
	}
	st.Values = kept
	return st
}

// valueConds finds, once, the regions of f's body where an integer
// variable is known to compare with a constant: the body and else of an
// if, the code after `if v == 0 { return }`, the clauses of a switch on it.
func (f *funcInfo) valueConds() []valueCond {
	if f.condsDone {
		return f.conds
	}
	f.condsDone = true
	info := f.pkg.pass.TypesInfo
	negate := map[token.Token]token.Token{
		token.EQL: token.NEQ, token.NEQ: token.EQL,
		token.LSS: token.GEQ, token.GEQ: token.LSS,
		token.GTR: token.LEQ, token.LEQ: token.GTR,
	}
	flip := map[token.Token]token.Token{
		token.EQL: token.EQL, token.NEQ: token.NEQ,
		token.LSS: token.GTR, token.GTR: token.LSS,
		token.LEQ: token.GEQ, token.GEQ: token.LEQ,
	}
	intVar := func(e ast.Expr) *types.Var {
		v := f.localVar(e)
		if v == nil || !isInteger(v.Type()) {
			return nil
		}
		return v
	}
	// atoms are the comparisons that hold when e is (neg: is not) true.
	var atoms func(e ast.Expr, neg bool) []valueCond
	atoms = func(e ast.Expr, neg bool) []valueCond {
		switch e := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if e.Op == token.NOT {
				return atoms(e.X, !neg)
			}
		case *ast.BinaryExpr:
			switch {
			case e.Op == token.LAND && !neg, e.Op == token.LOR && neg:
				return append(atoms(e.X, neg), atoms(e.Y, neg)...)
			case e.Op == token.LOR && !neg, e.Op == token.LAND && neg:
				// code == 503 || code == 429: one of them.
				x, y := atoms(e.X, neg), atoms(e.Y, neg)
				if len(x) == 1 && len(y) == 1 && x[0].v == y[0].v && x[0].members() != nil && y[0].members() != nil {
					in := append(slices.Clone(x[0].members()), y[0].members()...)
					return []valueCond{{v: x[0].v, op: token.ILLEGAL, in: in}}
				}
			case flip[e.Op] != 0:
				op, x, y := e.Op, e.X, e.Y
				if c, ok := constCode(info, x); ok {
					if v := intVar(y); v != nil {
						op = flip[op]
						if neg {
							op = negate[op]
						}
						return []valueCond{{v: v, op: op, c: c}}
					}
				}
				if c, ok := constCode(info, y); ok {
					if v := intVar(x); v != nil {
						if neg {
							op = negate[op]
						}
						return []valueCond{{v: v, op: op, c: c}}
					}
				}
			}
		}
		return nil
	}
	add := func(as []valueCond, start, end token.Pos) {
		for _, a := range as {
			a.start, a.end = start, end
			f.conds = append(f.conds, a)
		}
	}
	list := func(stmts []ast.Stmt, end token.Pos) {
		for _, s := range stmts {
			is, ok := s.(*ast.IfStmt)
			if !ok || is.Else != nil || !terminates(is.Body) {
				continue
			}
			// if v == 0 { return }: after it, v != 0.
			add(atoms(is.Cond, true), is.End(), end)
		}
	}
	ast.Inspect(f.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BlockStmt:
			list(n.List, n.End())
		case *ast.CaseClause:
			list(n.Body, n.End())
		case *ast.CommClause:
			list(n.Body, n.End())
		case *ast.IfStmt:
			add(atoms(n.Cond, false), n.Body.Pos(), n.Body.End())
			if n.Else != nil {
				add(atoms(n.Cond, true), n.Else.Pos(), n.Else.End())
			}
		case *ast.SwitchStmt:
			v := intVar(n.Tag)
			if v == nil {
				break
			}
			// case 401, 403: the value is one of them; default: none of
			// the others.
			var all []int
			for _, s := range n.Body.List {
				cc := s.(*ast.CaseClause)
				for _, e := range cc.List {
					if c, ok := constCode(info, e); ok {
						all = append(all, c)
					}
				}
			}
			for _, s := range n.Body.List {
				cc := s.(*ast.CaseClause)
				switch {
				case cc.List == nil:
					for _, c := range all {
						add([]valueCond{{v: v, op: token.NEQ, c: c}}, cc.Colon, cc.End())
					}
				default:
					var in []int
					for _, e := range cc.List {
						c, ok := constCode(info, e)
						if !ok {
							in = nil
							break
						}
						in = append(in, c)
					}
					if in != nil {
						add([]valueCond{{v: v, op: token.ILLEGAL, in: in}}, cc.Colon, cc.End())
					}
				}
			}
		}
		return true
	})
	return f.conds
}

// setFor reports whether code at pos (a header set) is guarded only by
// conditions on v that code satisfies, within the branches that do not
// also hold the write at writePos: `if status == 503 { set Retry-After }`
// sets it for every 503 the later write(status) sends.
func (f *funcInfo) setFor(pos, writePos token.Pos, v *types.Var, code int) bool {
	f.structure()
	conds := f.valueConds()
	found := false
	for _, b := range f.branches {
		if !(b.start <= pos && pos < b.end) || b.start <= writePos && writePos < b.end {
			continue
		}
		ok := false
		for _, c := range conds {
			if c.v == v && c.start <= b.start && b.start <= c.start+1 && c.end == b.end {
				if !c.holds(code) {
					return false
				}
				ok = true
			}
		}
		if !ok {
			return false // a branch on something else
		}
		found = true
	}
	return found
}

// ErrorBody returns, for a body written from a variable that the handler
// sets to an error-shaped value on an error path (body = ErrorBody{...}
// under if err != nil) and writes later, off that path, the error path:
// the status in effect there is what the error goes out with.
func (e *Event) ErrorBody() *Guard { return e.errBody }

// findErrorBody computes ErrorBody, inside the pass.
func (f *funcInfo) findErrorBody(ev *Event) {
	if ev.Kind != WriteBody || ev.bodyArg == nil || ev.Shape.IsError() {
		return
	}
	v := f.localVar(ev.bodyArg)
	if v == nil {
		return
	}
	at := ev.node
	if at == nil {
		return
	}
	defs, ok := f.reaching(v, at)
	if !ok || len(defs) < 2 {
		return
	}
	for _, d := range defs {
		if d.node == nil || d.rhs == nil || d.tuple != -1 {
			continue
		}
		g := f.guardAt(d.node.Pos())
		if g == nil {
			continue
		}
		if ev.Pos() >= g.start && ev.Pos() < g.end {
			continue // written on the error path itself: the usual rules
		}
		if s, _, _ := f.shapeOf(d.rhs, 1); s.IsError() {
			f.resolveOrigin(g)
			ev.errBody = g
			return
		}
	}
}

// StatusOnPath returns the statuses in effect at e that can be in effect
// on the error path g too: those chosen before it or on it, not on
// another branch.
func (e *Event) StatusOnPath(g *Guard) (codes []int, onPath, ok bool) {
	written, implicit, unknown := e.StatusBefore()
	if unknown {
		return nil, false, false
	}
	for _, s := range written {
		if s.Status.Unknown {
			return nil, false, false
		}
		for _, v := range s.Status.Values {
			where := v.Guard
			if v.Expr == nil {
				where = s.Guard
			}
			if where != nil && where.start >= g.start && where.end <= g.end {
				onPath = true
			}
			codes = append(codes, v.Code)
		}
	}
	if implicit {
		codes = append(codes, 200)
	}
	return codes, onPath, true
}

// BodyArgument returns the argument the body written by the event comes
// from, when one does: the caller chose it (ginx.OK(c, gin.H{"success":
// false})), even when a helper writes it.
func (e *Event) BodyArgument() ast.Expr { return e.bodyArg }

// A fieldCond says that in [start, end) a field of a variable (m.Status)
// is one of in: the clause of a switch on it, or the body of an if
// comparing it with a constant.
type fieldCond struct {
	field      fieldOf
	in         []int
	consts     []ast.Expr
	start, end token.Pos
}

// fieldRef returns the field x.F reads, for x a variable of this function.
func (f *funcInfo) fieldRef(e ast.Expr) (fieldOf, bool) {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return fieldOf{}, false
	}
	if s := f.pkg.pass.TypesInfo.Selections[sel]; s == nil || s.Kind() != types.FieldVal {
		return fieldOf{}, false
	}
	v := f.localVar(sel.X)
	return fieldOf{v, sel.Sel.Name}, v != nil
}

// fieldConds finds, once, the regions where a field is known to be one of
// some constants, leaving out the fields this function assigns, changes
// or takes the address of (fieldsAssigned).
func (f *funcInfo) fieldConds() []fieldCond {
	if f.fieldCondsDone {
		return f.fconds
	}
	f.fieldCondsDone = true
	info := f.pkg.pass.TypesInfo
	assigned := f.fieldsAssigned()
	add := func(x ast.Expr, list []ast.Expr, start, end token.Pos) {
		k, ok := f.fieldRef(x)
		if !ok || assigned[k] != 0 || len(list) == 0 {
			return
		}
		fc := fieldCond{field: k, start: start, end: end}
		for _, e := range list {
			c, ok := constCode(info, e)
			if !ok {
				return
			}
			fc.in = append(fc.in, c)
			fc.consts = append(fc.consts, e)
		}
		f.fconds = append(f.fconds, fc)
	}
	ast.Inspect(f.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SwitchStmt:
			if n.Tag != nil {
				for _, s := range n.Body.List {
					cc := s.(*ast.CaseClause)
					add(n.Tag, cc.List, cc.Colon, cc.End())
				}
			}
		case *ast.IfStmt:
			if b, ok := ast.Unparen(n.Cond).(*ast.BinaryExpr); ok && b.Op == token.EQL {
				if _, ok := constCode(info, b.Y); ok {
					add(b.X, []ast.Expr{b.Y}, n.Body.Pos(), n.Body.End())
				} else if _, ok := constCode(info, b.X); ok {
					add(b.Y, []ast.Expr{b.X}, n.Body.Pos(), n.Body.End())
				}
			}
		}
		return true
	})
	return f.fconds
}

// narrowedField returns the constants a field e (m.Status) is known to be
// where it is used, inside a switch clause or if on it: case 401:
// c.AbortWithStatusJSON(m.Status, ...) writes 401.
func (f *funcInfo) narrowedField(e ast.Expr) (Status, bool) {
	k, ok := f.fieldRef(e)
	if !ok {
		return Status{}, false
	}
	for _, fc := range f.fieldConds() {
		if fc.field == k && fc.start <= e.Pos() && e.Pos() < fc.end {
			var st Status
			for i, c := range fc.in {
				st.Values = append(st.Values, StatusValue{Code: c, Expr: e, Const: fc.consts[i], Guard: f.guardAt(e.Pos()), param: -1})
			}
			return st, true
		}
	}
	return Status{}, false
}
