package response

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
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
	changed := false
	for _, sv := range st.Values {
		ok := true
		if !sv.symbolic() {
			for _, c := range conds {
				if c.v == v && c.start <= pos && pos < c.end && !c.holds(sv.Code) {
					ok = false
					break
				}
			}
		} else if sv.param >= 0 && sv.from == "" {
			// A parameter's status: the codes the conditions rule out are
			// not written through it (if code == 401 { ...; return }).
			var in []valueCond
			for _, c := range conds {
				if c.v == v && c.start <= pos && pos < c.end {
					in = append(in, c)
				}
			}
			if len(in) > 0 {
				ex := codeRanges(func(code int) bool {
					for _, c := range in {
						if !c.holds(code) {
							return true
						}
					}
					return false
				})
				if u := unionExcept(sv.except, ex); u != sv.except {
					sv.except, changed = u, true
				}
			}
		}
		if ok {
			kept = append(kept, sv)
		}
	}
	if len(kept) == len(st.Values) && !changed {
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

// Codes a central writer answers some other way. A writer handed an error
// tests what it carries before it writes it:
//
//	if e.Status == http.StatusUnauthorized { redirect to the login page; return }
//	if e.Status >= 300 && e.Status < 400 { sendRedirect(w, e.Status, e.Message); return }
//	impart.WriteError(w, e)
//
// The last write sends e.Status but never 401 nor a 3xx: the summary says
// so (param2.Status!300-399,401), and a caller handing it an error of 401
// does not get that write.

// An exclRegion says that in [start, end) the field's value satisfies every
// atom (or, with not, fails one of them).
type exclRegion struct {
	atoms      []valueCond // v unused: they are about the field
	not        bool
	start, end token.Pos
}

// admits reports whether the field may hold code in the region.
func (r exclRegion) admits(code int) bool {
	all := true
	for _, a := range r.atoms {
		if !a.holds(code) {
			all = false
			break
		}
	}
	return all != r.not
}

// fieldExcept returns, as a range list ("300-399,401"), the statuses the
// field key of the variable x cannot hold at node at, by the conditions on
// it around at; "" when none.
func (f *funcInfo) fieldExcept(x ast.Expr, key string, at ast.Node) string {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok || at == nil || strings.HasSuffix(key, "()") || key == "" {
		return ""
	}
	v := f.localVar(id)
	if v == nil {
		return ""
	}
	k := fieldOf{v, key}
	regions, done := f.excls[k]
	if !done {
		regions = f.exclRegions(k)
		if f.excls == nil {
			f.excls = map[fieldOf][]exclRegion{}
		}
		f.excls[k] = regions
	}
	pos := at.Pos()
	var in []exclRegion
	for _, r := range regions {
		if r.start <= pos && pos < r.end {
			in = append(in, r)
		}
	}
	if len(in) == 0 {
		return ""
	}
	return codeRanges(func(code int) bool {
		for _, r := range in {
			if !r.admits(code) {
				return true
			}
		}
		return false
	})
}

// codeRanges lists the statuses (100–599) excluded says are, as ranges.
func codeRanges(excluded func(int) bool) string {
	var b strings.Builder
	for lo := 100; lo <= 599; lo++ {
		if !excluded(lo) {
			continue
		}
		hi := lo
		for hi+1 <= 599 && excluded(hi+1) {
			hi++
		}
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		if hi == lo {
			fmt.Fprintf(&b, "%d", lo)
		} else {
			fmt.Fprintf(&b, "%d-%d", lo, hi)
		}
		lo = hi
	}
	return b.String()
}

// exceptCode reports whether code is in the range list except.
func exceptCode(except string, code int) bool {
	for except != "" {
		var r string
		r, except, _ = strings.Cut(except, ",")
		los, his, isRange := strings.Cut(r, "-")
		lo, err := strconv.Atoi(los)
		if err != nil {
			return false
		}
		hi := lo
		if isRange {
			if hi, err = strconv.Atoi(his); err != nil {
				return false
			}
		}
		if lo <= code && code <= hi {
			return true
		}
	}
	return false
}

// unionExcept is the range list of the codes in a or b.
func unionExcept(a, b string) string {
	switch {
	case a == "" || a == b:
		return b
	case b == "":
		return a
	}
	return codeRanges(func(c int) bool { return exceptCode(a, c) || exceptCode(b, c) })
}

// applyExcept drops from st the constants in except and marks its
// parameters' statuses with it.
func applyExcept(st Status, except string) Status {
	if except == "" {
		return st
	}
	kept := st.Values[:0:0]
	for _, sv := range st.Values {
		switch {
		case sv.symbolic():
			sv.except = unionExcept(sv.except, except)
		case exceptCode(except, sv.Code):
			continue
		}
		kept = append(kept, sv)
	}
	st.Values = kept
	return st
}

// exclRegions finds the regions where conditions on the field k hold:
// the body and else of an if on it, the code after `if k == c { return }`
// or after an if/else-if chain of such, the clauses of a switch on it and
// the code after one whose matching clauses return. None when the
// function assigns the field, or the variable where the model cannot see;
// a region the variable is assigned in is left out.
func (f *funcInfo) exclRegions(k fieldOf) []exclRegion {
	as := f.assignments()
	if f.fieldsAssigned()[k] != 0 || as.escapes[k.v] {
		return nil
	}
	out := f.condRegions(k)
	kept := out[:0]
	for _, r := range out {
		ok := true
		for _, a := range as.of[k.v] {
			if a.node != nil && r.start <= a.node.Pos() && a.node.Pos() < r.end {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, r)
		}
	}
	return kept
}

// condRegions finds the regions of exclRegions, before assignments are
// considered.
func (f *funcInfo) condRegions(k fieldOf) []exclRegion {
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
	isField := func(e ast.Expr) bool {
		r, ok := f.fieldRef(e)
		return ok && r == k
	}
	// atom returns the comparison e makes of the field, if it is one.
	atom := func(e ast.Expr) (valueCond, bool) {
		b, ok := ast.Unparen(e).(*ast.BinaryExpr)
		if !ok || flip[b.Op] == 0 {
			return valueCond{}, false
		}
		if c, ok := constCode(info, b.Y); ok && isField(b.X) {
			return valueCond{op: b.Op, c: c}, true
		}
		if c, ok := constCode(info, b.X); ok && isField(b.Y) {
			return valueCond{op: flip[b.Op], c: c}, true
		}
		return valueCond{}, false
	}
	// conj returns the comparisons of the field among the conjuncts of e,
	// and whether e is nothing else.
	var conj func(e ast.Expr) ([]valueCond, bool)
	conj = func(e ast.Expr) ([]valueCond, bool) {
		if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.LAND {
			x, px := conj(b.X)
			y, py := conj(b.Y)
			return append(x, y...), px && py
		}
		if a, ok := atom(e); ok {
			return []valueCond{a}, true
		}
		return nil, false
	}
	var out []exclRegion
	// whenTrue and whenFalse add the regions where cond holds, fails.
	whenTrue := func(cond ast.Expr, start, end token.Pos) {
		if as, _ := conj(cond); len(as) > 0 {
			out = append(out, exclRegion{atoms: as, start: start, end: end})
		}
	}
	var whenFalse func(cond ast.Expr, start, end token.Pos)
	whenFalse = func(cond ast.Expr, start, end token.Pos) {
		if b, ok := ast.Unparen(cond).(*ast.BinaryExpr); ok && b.Op == token.LOR {
			whenFalse(b.X, start, end)
			whenFalse(b.Y, start, end)
			return
		}
		as, pure := conj(cond)
		switch {
		case !pure:
		case len(as) == 1:
			a := as[0]
			a.op = negate[a.op]
			out = append(out, exclRegion{atoms: []valueCond{a}, start: start, end: end})
		default:
			out = append(out, exclRegion{atoms: as, not: true, start: start, end: end})
		}
	}
	list := func(stmts []ast.Stmt, end token.Pos) {
		for _, s := range stmts {
			switch s := s.(type) {
			case *ast.IfStmt:
				// if a { return } else if b { return }: after it, neither.
				var conds []ast.Expr
				for is := s; ; {
					if !terminates(is.Body) {
						conds = nil
						break
					}
					conds = append(conds, is.Cond)
					if is.Else == nil {
						break
					}
					next, ok := is.Else.(*ast.IfStmt)
					if !ok || next.Init != nil {
						conds = nil
						break
					}
					is = next
				}
				for _, c := range conds {
					whenFalse(c, s.End(), end)
				}
			case *ast.SwitchStmt:
				if s.Tag == nil || !isField(s.Tag) {
					continue
				}
				// case 401: return: after the switch, not 401.
				var not []valueCond
				for _, st := range s.Body.List {
					cc := st.(*ast.CaseClause)
					if cc.List == nil || !terminates(&ast.BlockStmt{List: cc.Body}) {
						continue
					}
					for _, e := range cc.List {
						if c, ok := constCode(info, e); ok {
							not = append(not, valueCond{op: token.NEQ, c: c})
						}
					}
				}
				if len(not) > 0 {
					out = append(out, exclRegion{atoms: not, start: s.End(), end: end})
				}
			}
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
			whenTrue(n.Cond, n.Body.Pos(), n.Body.End())
			if n.Else != nil {
				whenFalse(n.Cond, n.Else.Pos(), n.Else.End())
			}
		case *ast.SwitchStmt:
			if n.Tag == nil || !isField(n.Tag) {
				break
			}
			var all []valueCond
			for _, s := range n.Body.List {
				cc := s.(*ast.CaseClause)
				var in []int
				for _, e := range cc.List {
					c, ok := constCode(info, e)
					if !ok {
						in = nil
						break
					}
					in = append(in, c)
					all = append(all, valueCond{op: token.NEQ, c: c})
				}
				if in != nil {
					out = append(out, exclRegion{atoms: []valueCond{{op: token.ILLEGAL, in: in}}, start: cc.Colon, end: cc.End()})
				}
			}
			for _, s := range n.Body.List {
				if cc := s.(*ast.CaseClause); cc.List == nil && len(all) > 0 {
					out = append(out, exclRegion{atoms: all, start: cc.Colon, end: cc.End()})
				}
			}
		}
		return true
	})
	return out
}
