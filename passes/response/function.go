package response

import (
	"go/ast"
	"go/token"
	"go/types"
	"math/bits"

	"golang.org/x/tools/go/cfg"
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

	defsOf   map[*types.Var]*varDefs
	aliases  map[*types.Var]alias
	origins  map[*Guard]bool // guards whose origin is being computed (cycle break)
	analyzed bool
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
	in   []uint64
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

func (f *funcInfo) computeDefs(v *types.Var) *varDefs {
	info := f.pkg.pass.TypesInfo
	vd := &varDefs{}
	entry := def{tuple: -1, param: -1}
	if i, ok := f.params[v]; ok {
		entry.param = i
	}
	vd.defs = append(vd.defs, entry)
	escapes := false
	add := func(n ast.Node, rhs ast.Expr, tuple int) {
		l, ok := f.locate(n)
		if !ok {
			return // in dead code
		}
		vd.defs = append(vd.defs, def{node: l.block.Nodes[l.index], rhs: rhs, tuple: tuple, param: -1})
	}
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return false
		}
		obj := info.Defs[id]
		if obj == nil {
			obj = info.Uses[id]
		}
		return obj == v
	}
	depth := 0
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			// An assignment inside a closure happens whenever the closure runs.
			depth++
			ast.Inspect(n.Body, visit)
			depth--
			return false
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if !is(lhs) {
					continue
				}
				if depth > 0 {
					escapes = true
					continue
				}
				switch {
				case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
					add(n, nil, -1) // x += 1: a value the model does not follow
				case len(n.Lhs) == len(n.Rhs):
					add(n, n.Rhs[i], -1)
				case len(n.Rhs) == 1:
					add(n, n.Rhs[0], i)
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if !is(name) {
					continue
				}
				switch {
				case depth > 0:
					escapes = true
				case len(n.Values) == 0:
					add(n, nil, -2) // zero value
				case len(n.Values) == len(n.Names):
					add(n, n.Values[i], -1)
				default:
					add(n, n.Values[0], i)
				}
			}
		case *ast.RangeStmt:
			if (n.Key != nil && is(n.Key)) || (n.Value != nil && is(n.Value)) {
				if depth > 0 {
					escapes = true
				} else if n.Key != nil && is(n.Key) {
					add(n.Key, nil, -1)
				} else {
					add(n.Value, nil, -1)
				}
			}
		case *ast.IncDecStmt:
			if is(n.X) {
				if depth > 0 {
					escapes = true
				}
				add(n, nil, -1)
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && is(n.X) {
				escapes = true
			}
		}
		return true
	}
	ast.Inspect(f.body, visit)
	if escapes || len(vd.defs) > 64 {
		return vd
	}
	vd.ok = true

	// Forward may-dataflow over blocks: in[b] = ∪ out[p].
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
	changed := true
	for changed {
		changed = false
		for _, b := range f.cfg.Blocks {
			if !b.Live {
				continue
			}
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
	return vd
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
