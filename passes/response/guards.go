package response

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"golang.org/x/tools/go/types/typeutil"
)

// A Guard is a region of a function that only runs when something failed:
// the body of `if err != nil`, a `case errors.Is(err, ErrX):`, the else of
// `if err == nil`, the code after `if err == nil { return }`, the body of
// `if u == nil` after a lookup.
type Guard struct {
	// Cond is the condition that guards the region (for an else branch or
	// the code after an early return, the condition whose negation does).
	Cond       ast.Expr
	start, end token.Pos
	parent     *Guard
	fi         *funcInfo // the function the region is in

	errVar   *types.Var       // the error variable tested, if any
	sentinel types.Object     // errors.Is / == target
	errType  types.Type       // errors.As target or type switch case
	kind     knowledge.Origin // an origin the condition itself says (lookup misses, SQL codes)

	resolved bool
	origin   Origin
	// server: the origin is unknown to the rules, but every error the
	// region answers is the server's own failure (see serverFault).
	server bool
}

// Origin is where the error of an error path came from.
type Origin struct {
	Kind knowledge.Origin
	What string   // how a diagnostic names it: "decoding the request body", "store.ErrDuplicate"
	Node ast.Node // where it came from, for Diagnostic.Related; may be nil
}

// guardAt returns the innermost guard whose region contains pos.
func (f *funcInfo) guardAt(pos token.Pos) *Guard {
	f.structure()
	var best *Guard
	for _, g := range f.guards {
		if g.start <= pos && pos < g.end && (best == nil || g.start >= best.start && g.end <= best.end) {
			best = g
		}
	}
	return best
}

// failure describes what a failure condition tests.
type failure struct {
	errVar   *types.Var
	sentinel types.Object
	errType  types.Type
	kind     knowledge.Origin
}

func findGuards(f *funcInfo) []*Guard {
	var guards []*Guard
	add := func(cond ast.Expr, start, end token.Pos, fl failure) {
		guards = append(guards, &Guard{Cond: cond, start: start, end: end, fi: f,
			errVar: fl.errVar, sentinel: fl.sentinel, errType: fl.errType, kind: fl.kind})
	}
	stmtList := func(list []ast.Stmt, end token.Pos) {
		// `if err == nil { ...; return }` makes the rest of the list an error path.
		for i, s := range list {
			ifs, ok := s.(*ast.IfStmt)
			if !ok || ifs.Else != nil || i == len(list)-1 || !terminates(ifs.Body) {
				continue
			}
			if fl, ok := f.failureOf(ifs.Cond, true); ok {
				add(ifs.Cond, ifs.End(), end, fl)
			}
		}
	}
	ast.Inspect(f.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // analyzed on its own
		case *ast.BlockStmt:
			stmtList(n.List, n.Rbrace)
		case *ast.CaseClause:
			stmtList(n.Body, n.End())
		case *ast.IfStmt:
			if fl, ok := f.failureOf(n.Cond, false); ok {
				add(n.Cond, n.Body.Pos(), n.Body.End(), fl)
			}
			if n.Else != nil {
				if fl, ok := f.failureOf(n.Cond, true); ok {
					add(n.Cond, n.Else.Pos(), n.Else.End(), fl)
				}
			}
		case *ast.SwitchStmt:
			f.switchGuards(n, add)
		case *ast.TypeSwitchStmt:
			f.typeSwitchGuards(n, add)
		}
		return true
	})
	// Link each guard to the innermost guard around it.
	for _, g := range guards {
		for _, o := range guards {
			if o != g && o.start <= g.start && g.end <= o.end && (g.parent == nil || o.start >= g.parent.start && o.end <= g.parent.end) {
				g.parent = o
			}
		}
	}
	return guards
}

func terminates(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.CONTINUE || s.Tok == token.BREAK || s.Tok == token.GOTO
	}
	return false
}

func (f *funcInfo) switchGuards(s *ast.SwitchStmt, add func(ast.Expr, token.Pos, token.Pos, failure)) {
	info := f.pkg.pass.TypesInfo
	var tagErr *types.Var
	if s.Tag != nil {
		if v := f.localVar(s.Tag); v != nil && isErrorType(v.Type()) {
			tagErr = v
		}
	}
	var nilCase *types.Var // the error variable a `case err == nil` / `case nil` tests
	var def *ast.CaseClause
	for _, c := range s.Body.List {
		cc := c.(*ast.CaseClause)
		if cc.List == nil {
			def = cc
			continue
		}
		if len(cc.Body) == 0 {
			continue
		}
		start, end := cc.Colon+1, cc.End()
		for _, e := range cc.List {
			var fl failure
			ok := false
			switch {
			case tagErr != nil && isNilIdent(info, e):
				nilCase = tagErr
			case tagErr != nil:
				if obj := f.sentinelObj(e); obj != nil {
					fl, ok = failure{errVar: tagErr, sentinel: obj}, true
				}
			case s.Tag == nil:
				if v := f.nilTest(e); v != nil {
					nilCase = v
				}
				fl, ok = f.failureOf(e, false)
			}
			if ok {
				add(e, start, end, fl)
				break
			}
		}
	}
	if def != nil && nilCase != nil && len(def.Body) > 0 {
		add(nil, def.Colon+1, def.End(), failure{errVar: nilCase})
	}
}

func (f *funcInfo) typeSwitchGuards(s *ast.TypeSwitchStmt, add func(ast.Expr, token.Pos, token.Pos, failure)) {
	info := f.pkg.pass.TypesInfo
	var x ast.Expr
	switch a := s.Assign.(type) {
	case *ast.AssignStmt:
		x = a.Rhs[0].(*ast.TypeAssertExpr).X
	case *ast.ExprStmt:
		x = a.X.(*ast.TypeAssertExpr).X
	}
	v := f.localVar(x)
	if v == nil || !isErrorType(v.Type()) {
		return
	}
	hasNil := false
	var def *ast.CaseClause
	for _, c := range s.Body.List {
		cc := c.(*ast.CaseClause)
		if cc.List == nil {
			def = cc
			continue
		}
		for _, e := range cc.List {
			if isNilIdent(info, e) {
				hasNil = true
				continue
			}
			if tv, ok := info.Types[e]; ok && tv.IsType() {
				add(e, cc.Colon+1, cc.End(), failure{errVar: v, errType: tv.Type})
				break
			}
		}
	}
	if def != nil && hasNil {
		add(nil, def.Colon+1, def.End(), failure{errVar: v})
	}
}

// nilTest returns the error variable of `err == nil`, if e is one.
func (f *funcInfo) nilTest(e ast.Expr) *types.Var {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || b.Op != token.EQL {
		return nil
	}
	x, y := b.X, b.Y
	if isNilIdent(f.pkg.pass.TypesInfo, x) {
		x, y = y, x
	}
	if !isNilIdent(f.pkg.pass.TypesInfo, y) {
		return nil
	}
	if v := f.localVar(x); v != nil && isErrorType(v.Type()) {
		return v
	}
	return nil
}

func isNilIdent(info *types.Info, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := info.Uses[id].(*types.Nil)
	return isNil
}

// sentinelObj returns the package-level error variable e names (store.ErrX).
func (f *funcInfo) sentinelObj(e ast.Expr) types.Object {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return nil
	}
	v, ok := f.pkg.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() || !isErrorType(v.Type()) {
		return nil
	}
	return v
}

// failureOf reports whether cond (negated if neg) holds only when something
// failed, and what it tests.
func (f *funcInfo) failureOf(cond ast.Expr, neg bool) (failure, bool) {
	info := f.pkg.pass.TypesInfo
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return f.failureOf(e.X, !neg)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND, token.LOR:
			// a && b holds only if both do: one failure suffices. !(a || b) likewise.
			if (e.Op == token.LAND) != neg {
				fx, okx := f.failureOf(e.X, neg)
				fy, oky := f.failureOf(e.Y, neg)
				switch {
				case okx && oky:
					return merge(fx, fy), true
				case okx:
					return fx, true
				}
				return fy, oky
			}
			// a || b: a failure only if both sides are, or if the other
			// side checks a value the failed call gave: err != nil ||
			// page < 1 after page, err := strconv.Atoi(...).
			fx, okx := f.failureOf(e.X, neg)
			fy, oky := f.failureOf(e.Y, neg)
			switch {
			case okx && oky:
				return fx, true
			case okx && fx.errVar != nil && f.sameCall(fx.errVar, e.Y):
				return fx, true
			case oky && fy.errVar != nil && f.sameCall(fy.errVar, e.X):
				return fy, true
			}
			return fx, false
		case token.EQL, token.NEQ:
			return f.comparison(e, neg)
		}
	case *ast.CallExpr:
		if neg {
			return failure{}, false
		}
		fn, _ := typeutil.Callee(info, e).(*types.Func)
		if fn == nil || len(e.Args) != 2 {
			return failure{}, false
		}
		switch fn.FullName() {
		case "errors.Is":
			v := f.localVar(e.Args[0])
			if v == nil {
				return failure{}, false
			}
			fl := failure{errVar: v, sentinel: f.sentinelObj(e.Args[1])}
			if fl.sentinel == nil && isFreshValue(e.Args[1]) {
				// errors.Is(err, &IgnoredError{}): a test for the kind
				// T{} is, through T's Is method or ==, like errors.As.
				fl.errType = info.TypeOf(e.Args[1])
			}
			return fl, true
		case "errors.As":
			v := f.localVar(e.Args[0])
			if v == nil {
				return failure{}, false
			}
			var t types.Type
			if p, ok := info.TypeOf(e.Args[1]).(*types.Pointer); ok {
				t = p.Elem()
			}
			return failure{errVar: v, errType: t}, true
		}
	case *ast.Ident:
		// `!ok` after a comma-ok map lookup: the key is not there.
		if !neg {
			return failure{}, false
		}
		if v := f.localVar(e); v != nil && f.isLookupOK(v) {
			return failure{kind: knowledge.OriginNotFound}, true
		}
	}
	return failure{}, false
}

// comparison handles err != nil, err == ErrX, x == nil after a lookup, and
// driver error codes compared with conflict constants.
func (f *funcInfo) comparison(e *ast.BinaryExpr, neg bool) (failure, bool) {
	info := f.pkg.pass.TypesInfo
	eq := (e.Op == token.EQL) != neg // the branch where the operands are equal
	x, y := e.X, e.Y
	if isNilIdent(info, x) {
		x, y = y, x
	}
	if isNilIdent(info, y) {
		v := f.localVar(x)
		if v == nil {
			return failure{}, false
		}
		if isErrorType(v.Type()) {
			if !eq {
				return failure{errVar: v}, true
			}
			return failure{}, false
		}
		// verr := validate(in), of a type with an Error method that is not
		// error (Error() error, a localized error): verr != nil is its
		// error path, and verr == nil no error, not a lookup that found
		// nothing.
		if errorLike(v.Type()) {
			if !eq {
				return failure{errVar: v}, true
			}
			return failure{}, false
		}
		// u == nil where u came from a call: the lookup found nothing,
		// or, when it looks up who is asking, nobody signed in.
		if eq && f.definedByCall(v) {
			switch {
			case f.lookupsNamed(v, knowledge.IsCacheLookup):
				// A cache miss is no failure: the handler computes it.
			case f.lookupsNamed(v, knowledge.IsAuthLookup):
				return failure{kind: knowledge.OriginAuth}, true
			default:
				return failure{kind: knowledge.OriginNotFound}, true
			}
		}
		return failure{}, false
	}
	if !eq {
		// in.Version != cur.Version: the client edited a stale copy.
		if isVersionField(x) && isVersionField(y) {
			return failure{kind: knowledge.OriginConflict}, true
		}
		return failure{}, false
	}
	for _, pair := range [2][2]ast.Expr{{x, y}, {y, x}} {
		if v := f.localVar(pair[0]); v != nil && isErrorType(v.Type()) {
			if obj := f.sentinelObj(pair[1]); obj != nil {
				return failure{errVar: v, sentinel: obj}, true
			}
		}
		if tv, ok := info.Types[pair[1]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			if knowledge.IsConflictCode(constant.StringVal(tv.Value)) {
				return failure{kind: knowledge.OriginConflict}, true
			}
		}
		if id := selName(pair[1]); id != "" && (id == "UniqueViolation" || id == "ErrDupEntry" || id == "ER_DUP_ENTRY") {
			return failure{kind: knowledge.OriginConflict}, true
		}
	}
	return failure{}, false
}

// sameCall reports whether every variable e reads was defined by the
// same call as errVar, as their definitions reach e (page in page, err :=
// strconv.Atoi(s)).
func (f *funcInfo) sameCall(errVar *types.Var, e ast.Expr) bool {
	call := f.defAtUse(errVar, e)
	if call == nil {
		return false
	}
	found, ok := false, true
	ast.Inspect(e, func(n ast.Node) bool {
		id, isID := n.(*ast.Ident)
		if !isID || !ok {
			return ok
		}
		v := f.localVar(id)
		if v == nil {
			return true
		}
		if f.defAtUse(v, e) != call {
			ok = false
		}
		found = true
		return true
	})
	return ok && found
}

// defAtUse returns the right-hand side of the one definition of v that
// reaches the use at e, or nil.
func (f *funcInfo) defAtUse(v *types.Var, e ast.Expr) ast.Expr {
	l, ok := f.locate(e)
	if !ok {
		return nil
	}
	defs, ok := f.reaching(v, l.block.Nodes[l.index])
	if !ok || len(defs) != 1 || defs[0].param >= 0 {
		return nil
	}
	return defs[0].rhs
}

// isVersionField reports whether e selects a field that holds an
// optimistic-locking version: x.Version, x.Revision, x.ETag.
func isVersionField(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	switch strings.ToLower(sel.Sel.Name) {
	case "version", "revision", "rev", "etag", "lockversion":
		return true
	}
	return false
}

func selName(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	}
	return ""
}

// definedByCall reports whether every definition of v assigns a call result.
func (f *funcInfo) definedByCall(v *types.Var) bool {
	vd := f.varDefs(v)
	if !vd.ok || len(vd.defs) < 2 || vd.defs[0].param >= 0 {
		return false
	}
	for _, d := range vd.defs[1:] {
		if _, ok := ast.Unparen(d.rhs).(*ast.CallExpr); !ok || d.rhs == nil || d.tuple == tupleAs {
			return false
		}
	}
	return true
}

// lookupsNamed reports whether every call defining v (definedByCall says
// there are only calls) calls a function whose name is: getCurrentUser(ctx)
// looks up who is asking (knowledge.IsAuthLookup), s.getFromCache(key) a
// cache (knowledge.IsCacheLookup).
func (f *funcInfo) lookupsNamed(v *types.Var, is func(name string) bool) bool {
	for _, d := range f.varDefs(v).defs[1:] {
		call := ast.Unparen(d.rhs).(*ast.CallExpr)
		var name string
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.Ident:
			name = fun.Name
		case *ast.SelectorExpr:
			name = fun.Sel.Name
		}
		if !is(name) {
			return false
		}
	}
	return true
}

// isLookupOK reports whether v is the ok of `x, ok := m[k]`.
func (f *funcInfo) isLookupOK(v *types.Var) bool {
	vd := f.varDefs(v)
	if !vd.ok || len(vd.defs) != 2 {
		return false
	}
	d := vd.defs[1]
	if d.tuple != 1 {
		return false
	}
	_, ok := ast.Unparen(d.rhs).(*ast.IndexExpr)
	return ok
}

// isFreshValue reports whether e is a composite literal or its address.
func isFreshValue(e ast.Expr) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	_, ok := e.(*ast.CompositeLit)
	return ok
}

// merge combines what two conjuncts of a failure condition say:
// errors.As(err, &pgErr) && pgErr.Code == "23505".
func merge(a, b failure) failure {
	if a.errVar == nil {
		a.errVar = b.errVar
	}
	if a.sentinel == nil {
		a.sentinel = b.sentinel
	}
	if a.errType == nil {
		a.errType = b.errType
	}
	if a.kind == knowledge.OriginUnknown {
		a.kind = b.kind
	}
	return a
}
