package response

import (
	"go/ast"
	"go/token"
	"go/types"
	"math/bits"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// funcInfo is what the model knows about one function body: its CFG, where
// each CFG node lives, the error guards over its statements, and lazily
// computed reaching definitions.
type funcInfo struct {
	pkg  *pkgState
	node ast.Node    // *ast.FuncDecl or *ast.FuncLit
	obj  *types.Func // nil for literals
	sig  *types.Signature
	body *ast.BlockStmt
	cfg  *cfg.CFG

	loc        map[ast.Node]nodeLoc
	preds      [][]*cfg.Block
	guards     []*Guard
	loops      [][2]token.Pos // loop bodies
	branches   []branch       // bodies of if, else, case and select clauses
	sole       *types.Var     // soleWriter, once computed
	soleDone   bool
	structured bool               // guards, loops and branches are built
	params     map[*types.Var]int // parameter index (receiver excluded)

	defsOf         map[*types.Var]*varDefs
	assigns        *assignments // every local's assignments, once computed
	order          []*cfg.Block // live blocks in postorder, once computed
	aliases        map[*types.Var]alias
	filled         map[*types.Var]bool // filledFromRequest, memoized
	aliased        bool                // aliases found
	outer          *funcInfo           // the function a literal is written in (see outerInfo)
	outerDone      bool
	origins        map[*Guard]bool // guards whose origin is being computed (cycle break)
	conds          []valueCond     // see valueConds
	condsDone      bool
	fconds         []fieldCond // see fieldConds
	fieldCondsDone bool
	excls          map[fieldOf][]exclRegion // see fieldExcept
	fields         map[fieldOf]int          // see fieldsAssigned
	fieldVars      map[fieldOf]*types.Var   // see fieldVar
	analyzed       bool
	// recvWriter: in a builder's method, the receiver's field holding
	// the writer (see builder.go); r.rw is a response there.
	recvWriter *types.Var
	builders   map[*types.Var]ast.Expr  // see builderVars
	handed     map[*types.Var]handedDef // see handedVar
	// runs: the calls that hand a response to a function parameter of
	// the declaration, by their Opaque event (see WriterSummary.Runs).
	runs map[*Event]*types.Var
}

type nodeLoc struct {
	block *cfg.Block
	index int
}

type alias struct {
	writer *types.Var
	role   roleKind
}

func newFuncInfo(pkg *pkgState, node ast.Node, obj *types.Func, sig *types.Signature, body *ast.BlockStmt, g *cfg.CFG) *funcInfo {
	f := &funcInfo{pkg: pkg, node: node, obj: obj, sig: sig, body: body, cfg: g}
	f.loc = make(map[ast.Node]nodeLoc)
	f.preds = make([][]*cfg.Block, len(g.Blocks))
	for _, b := range g.Blocks {
		if !b.Live {
			continue
		}
		for i, n := range b.Nodes {
			f.loc[n] = nodeLoc{b, i}
		}
		for _, s := range b.Succs {
			f.preds[s.Index] = append(f.preds[s.Index], b)
		}
	}
	f.params = make(map[*types.Var]int)
	for i := 0; i < sig.Params().Len(); i++ {
		f.params[sig.Params().At(i)] = i
	}
	if obj != nil {
		f.recvWriter = writerField(sig)
	}
	return f
}

// structure finds the guards, loops and branches of the body, on first use:
// functions analyzed only for the origin of their errors never need them.
func (f *funcInfo) structure() {
	if f.structured {
		return
	}
	f.structured = true
	f.guards = findGuards(f)
	ast.Inspect(f.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt:
			f.loops = append(f.loops, [2]token.Pos{n.Body.Pos(), n.Body.End()})
		case *ast.RangeStmt:
			f.loops = append(f.loops, [2]token.Pos{n.Body.Pos(), n.Body.End()})
		case *ast.IfStmt:
			f.branches = append(f.branches, branch{n.Body.Pos(), n.Body.End(), n.Body.List})
			if b, ok := n.Else.(*ast.BlockStmt); ok {
				f.branches = append(f.branches, branch{b.Pos(), b.End(), b.List})
			}
		case *ast.CaseClause:
			f.branches = append(f.branches, branch{n.Colon + 1, n.End(), n.Body})
		case *ast.CommClause:
			f.branches = append(f.branches, branch{n.Colon + 1, n.End(), n.Body})
		}
		return true
	})
}

// inLoop reports whether pos is inside the body of a loop.
func (f *funcInfo) inLoop(pos token.Pos) bool {
	f.structure()
	for _, l := range f.loops {
		if l[0] <= pos && pos < l[1] {
			return true
		}
	}
	return false
}

// locate returns the CFG position of n: n itself when it is a CFG node, else
// the first CFG node inside n, else the CFG node that contains n.
func (f *funcInfo) locate(n ast.Node) (nodeLoc, bool) {
	if l, ok := f.loc[n]; ok {
		return l, true
	}
	var best nodeLoc
	found := false
	for cn, l := range f.loc {
		if cn.Pos() <= n.Pos() && n.End() <= cn.End() || n.Pos() <= cn.Pos() && cn.End() <= n.End() {
			if !found || cn.Pos() < best.block.Nodes[best.index].Pos() {
				best, found = l, true
			}
		}
	}
	return best, found
}

// isExit reports whether b ends the function normally (a return, or falling
// off the end), as opposed to a panic or a call that never returns.
func (f *funcInfo) isExit(b *cfg.Block) bool {
	if !b.Live || len(b.Succs) > 0 {
		return false
	}
	if len(b.Nodes) == 0 {
		return true
	}
	switch n := b.Nodes[len(b.Nodes)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok && f.pkg.noReturn(call) {
			return false
		}
	case *ast.BranchStmt:
		return n.Tok != token.GOTO
	}
	return true
}

// A def is one definition of a variable reaching a point.
type def struct {
	node  ast.Node // the CFG node holding the definition; nil for the entry
	rhs   ast.Expr // the value assigned, nil when unknown
	tuple int      // index into a multi-valued rhs, or -1
	param int      // parameter index for the entry definition of a parameter, else -1
}

type varDefs struct {
	ok   bool
	defs []def // defs[0] is the entry definition
	// declEnd is the end of v's declaration when that is its only
	// definition (err in if err := f(); err != nil): it alone reaches every
	// point after it, with no dataflow to run. Else NoPos.
	declEnd token.Pos
	in      []uint64 // reaching definitions at each block's entry, once solved
}

// reaching returns the definitions of v that reach the CFG node at. ok is
// false when the model cannot tell (v escapes, is assigned in a closure, or
// has too many definitions).
func (f *funcInfo) reaching(v *types.Var, at ast.Node) ([]def, bool) {
	vd := f.varDefs(v)
	if !vd.ok {
		return nil, false
	}
	l, ok := f.locate(at)
	if !ok {
		return nil, false
	}
	for i := l.index - 1; i >= 0; i-- {
		if d := vd.defAt(l.block.Nodes[i]); d >= 0 {
			return []def{vd.defs[d]}, true
		}
	}
	if vd.declEnd.IsValid() && at.Pos() >= vd.declEnd {
		return []def{vd.defs[1]}, true
	}
	if vd.in == nil {
		f.solveDefs(vd)
	}
	var out []def
	set := vd.in[l.block.Index]
	for set != 0 {
		i := bits.TrailingZeros64(set)
		set &^= 1 << i
		out = append(out, vd.defs[i])
	}
	return out, true
}

func (vd *varDefs) defAt(n ast.Node) int {
	for i := len(vd.defs) - 1; i >= 1; i-- {
		if vd.defs[i].node == n {
			return i
		}
	}
	return -1
}

func (f *funcInfo) varDefs(v *types.Var) *varDefs {
	if vd, ok := f.defsOf[v]; ok {
		return vd
	}
	if f.defsOf == nil {
		f.defsOf = make(map[*types.Var]*varDefs)
	}
	vd := f.computeDefs(v)
	f.defsOf[v] = vd
	return vd
}

// An assignment is one place a local variable is given a value.
type assignment struct {
	node  ast.Node // the statement, or the range key or value
	rhs   ast.Expr // the value assigned, nil when unknown
	tuple int      // as in def
}

// assignments records every local variable's assignments in one walk of
// the body: walking it once per variable made a long handler with many
// variables (an err per if) cost the product of the two.
type assignments struct {
	of      map[*types.Var][]assignment
	escapes map[*types.Var]bool      // address taken, or assigned inside a closure
	fields  map[fieldOf][]assignment // res.Code = 404: a field of a local variable
	touched map[fieldOf]bool         // &res.Code, res.Code++, res.Code += 1: not followed
	// ranged maps a range's key or value to what is ranged over, when the
	// variable holds part of it (an element, a map's key): where the
	// value came from, not the value itself.
	ranged map[ast.Node]ast.Expr
}

func (f *funcInfo) assignments() *assignments {
	if f.assigns != nil {
		return f.assigns
	}
	info := f.pkg.pass.TypesInfo
	as := &assignments{of: map[*types.Var][]assignment{}, escapes: map[*types.Var]bool{}, fields: map[fieldOf][]assignment{}, touched: map[fieldOf]bool{}, ranged: map[ast.Node]ast.Expr{}}
	f.assigns = as
	varOf := func(e ast.Expr) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		obj := info.Defs[id]
		if obj == nil {
			obj = info.Uses[id]
		}
		v, _ := obj.(*types.Var)
		return v
	}
	// field returns the field of a local variable e selects, if it does.
	field := func(e ast.Expr) (fieldOf, bool) {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return fieldOf{}, false
		}
		x := varOf(sel.X)
		return fieldOf{x, sel.Sel.Name}, x != nil
	}
	depth := 0
	asTargets := map[ast.Expr]bool{} // &target of errors.As: a definition, not an escape
	// record notes an assignment to e, if e names a variable.
	record := func(e ast.Expr, node ast.Node, rhs ast.Expr, tuple int) {
		if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
			if x := varOf(sel.X); x != nil {
				k := fieldOf{x, sel.Sel.Name}
				if depth > 0 {
					rhs = nil // whenever the closure runs
				}
				as.fields[k] = append(as.fields[k], assignment{node, rhs, tuple})
			}
			return
		}
		v := varOf(e)
		switch {
		case v == nil:
		case depth > 0:
			// An assignment inside a closure happens whenever the closure runs.
			as.escapes[v] = true
		default:
			as.of[v] = append(as.of[v], assignment{node, rhs, tuple})
		}
	}
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			depth++
			ast.Inspect(n.Body, visit)
			depth--
			return false
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				switch {
				case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
					if k, ok := field(lhs); ok {
						as.touched[k] = true
					}
					record(lhs, n, nil, -1) // x += 1: a value the model does not follow
				case len(n.Lhs) == len(n.Rhs):
					record(lhs, n, n.Rhs[i], -1)
				case len(n.Rhs) == 1:
					record(lhs, n, n.Rhs[0], i)
				default:
					if v := varOf(lhs); v != nil && depth > 0 {
						as.escapes[v] = true
					}
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				switch {
				case len(n.Values) == 0:
					record(name, n, nil, -2) // zero value
				case len(n.Values) == len(n.Names):
					record(name, n, n.Values[i], -1)
				default:
					record(name, n, n.Values[0], i)
				}
			}
		case *ast.RangeStmt:
			if n.Key != nil {
				record(n.Key, n.Key, nil, -1)
				if !rangeIndex(info.TypeOf(n.X)) {
					as.ranged[n.Key] = n.X
				}
			}
			if n.Value != nil {
				as.ranged[n.Value] = n.X
			}
			if n.Value != nil && (n.Key == nil || varOf(n.Value) != varOf(n.Key)) {
				// for _, status := range statusTable: one of its values.
				if pkgMap(info, n.X) {
					record(n.Value, n.Value, n.X, tupleRange)
				} else {
					record(n.Value, n.Value, nil, -1)
				}
			}
		case *ast.IncDecStmt:
			if k, ok := field(n.X); ok {
				as.touched[k] = true
			}
			if v := varOf(n.X); v != nil {
				if depth > 0 {
					as.escapes[v] = true
				}
				as.of[v] = append(as.of[v], assignment{n, nil, -1})
			}
		case *ast.CallExpr:
			// errors.As(err, &target) gives target what err holds.
			if len(n.Args) == 2 {
				if u, ok := ast.Unparen(n.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND && varOf(u.X) != nil {
					if fn, ok := typeutil.Callee(info, n).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() == "As" {
						asTargets[u] = true
						record(u.X, n, n, tupleAs)
					}
				}
			}
		case *ast.UnaryExpr:
			if k, ok := field(n.X); ok && n.Op == token.AND {
				as.touched[k] = true
			}
			if v := varOf(n.X); v != nil && n.Op == token.AND && !asTargets[n] {
				as.escapes[v] = true
			}
		}
		return true
	}
	ast.Inspect(f.body, visit)
	return as
}

func (f *funcInfo) computeDefs(v *types.Var) *varDefs {
	vd := &varDefs{}
	entry := def{tuple: -1, param: -1}
	if i, ok := f.params[v]; ok {
		entry.param = i
	}
	vd.defs = append(vd.defs, entry)
	as := f.assignments()
	for _, a := range as.of[v] {
		l, ok := f.locate(a.node)
		if !ok {
			continue // in dead code
		}
		vd.defs = append(vd.defs, def{node: l.block.Nodes[l.index], rhs: a.rhs, tuple: a.tuple, param: -1})
	}
	if as.escapes[v] || len(vd.defs) > 64 {
		return vd
	}
	vd.ok = true
	if a := as.of[v]; entry.param < 0 && len(a) == 1 && len(vd.defs) == 2 && a[0].node.Pos() <= v.Pos() && v.Pos() < a[0].node.End() {
		vd.declEnd = a[0].node.End()
	}
	return vd
}

// solveDefs computes the definitions of a variable reaching each block,
// a forward may-dataflow: in[b] = ∪ out[p]. It runs only for variables
// that need it, as its cost is the size of the whole function.
func (f *funcInfo) solveDefs(vd *varDefs) {
	n := len(f.cfg.Blocks)
	gen := make([]int, n)
	for i := range gen {
		gen[i] = -1
	}
	for d := 1; d < len(vd.defs); d++ {
		l := f.loc[vd.defs[d].node]
		if cur := gen[l.block.Index]; cur < 0 || f.loc[vd.defs[cur].node].index < l.index {
			gen[l.block.Index] = d
		}
	}
	vd.in = make([]uint64, n)
	out := make([]uint64, n)
	vd.in[0] = 1 // the entry definition
	order := f.postorder()
	changed := true
	for changed {
		changed = false
		for i := len(order) - 1; i >= 0; i-- {
			b := order[i]
			in := vd.in[b.Index]
			if b.Index != 0 {
				in = 0
				for _, p := range f.preds[b.Index] {
					in |= out[p.Index]
				}
			} else {
				for _, p := range f.preds[0] {
					in |= out[p.Index]
				}
			}
			o := in
			if g := gen[b.Index]; g >= 0 {
				o = 1 << g
			}
			if in != vd.in[b.Index] || o != out[b.Index] {
				vd.in[b.Index], out[b.Index] = in, o
				changed = true
			}
		}
	}
}

// localVar returns the variable e names, if e is an identifier of a local
// variable or parameter of f (not a package-level variable or field).
func (f *funcInfo) localVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := f.pkg.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		v, ok = f.pkg.pass.TypesInfo.Defs[id].(*types.Var)
	}
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	return v
}

// A branch is the body of an if, else, case or select clause.
type branch struct {
	start, end token.Pos
	stmts      []ast.Stmt
}

// branchAt returns the innermost branch containing pos.
func (f *funcInfo) branchAt(pos token.Pos) (branch, bool) {
	f.structure()
	var best branch
	found := false
	for _, b := range f.branches {
		if b.start <= pos && pos < b.end && (!found || b.start >= best.start && b.end <= best.end) {
			best, found = b, true
		}
	}
	return best, found
}

// pkgMap reports whether e names a package-level variable holding a map.
// rangeIndex reports whether a range over a value of type t has a
// position for its key (a slice, array, string or integer), not a part of
// the value (a map's key, a channel's element, an iterator's first value).
func rangeIndex(t types.Type) bool {
	if t == nil {
		return true // not typed: claim nothing
	}
	u := t.Underlying()
	if p, ok := u.(*types.Pointer); ok {
		u = p.Elem().Underlying()
	}
	switch u := u.(type) {
	case *types.Slice, *types.Array:
		return true
	case *types.Basic:
		return u.Info()&(types.IsString|types.IsInteger) != 0
	}
	return false
}

func pkgMap(info *types.Info, e ast.Expr) bool {
	id := selIdent(e)
	if id == nil {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return false
	}
	_, ok = v.Type().Underlying().(*types.Map)
	return ok
}
