package response

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"golang.org/x/tools/go/types/typeutil"
)

// Statuses that travel. Real services rarely write a constant: the status
// is chosen in one place and written in another — a field of an error
// value (w.WriteHeader(e.Status)), a method of an error type
// (err.StatusCode()), the result of a mapper (statusFor(err)), a
// constructor in another package (apperr.BadRequest(msg) builds an error
// of status 400). The model follows such a value from where it is chosen
// to where it is written, through facts across packages.
//
// A value is read by a key: "" for an int itself, "F" for its field F,
// "M()" for what its method M returns.

// maxValueDepth bounds how far a status is followed through variables,
// fields and calls.
const maxValueDepth = 8

// recvParam is StatusValue.param for a method's receiver.
const recvParam = -2

// tupleAs is def.tuple for the target of errors.As(err, &target): the
// target holds what err holds.
const tupleAs = -3

// tupleRange is def.tuple for the value of a range over a package-level
// map, whose rhs is the map.
const tupleRange = -4

// CarriedStatus is one status a function's result carries.
type CarriedStatus struct {
	Result int    // the result it is in
	Key    string // how it is read from the result: "", "F" or "M()"
	Code   int    // a constant status, when Param is -1
	Param  int    // else the parameter it comes from (-2: the receiver)
	From   string // with Param: the key it is read from the parameter by
	// Unknown: some value the model cannot follow.
	Unknown bool
	// Default: chosen when the error the function is given meets none of
	// its conditions (the mapper's final return 500); ParserCase: chosen
	// under a condition that a parser's error may meet (errors.As(err,
	// &syntaxErr) with a standard library type).
	Default, ParserCase bool
	// Choice: the function chooses between several by a condition (a
	// mapper's cases): which one a call gets is not known at the call.
	Choice bool
	// Options: the status is field From of what the variadic options in
	// Param set (see options.go), OptionDefault when none does.
	Options       bool
	OptionDefault int
	// Except: with Param, the statuses the function never gives through
	// it, as a range list ("300-399,401"): it tested for them first and
	// answered them some other way.
	Except string
}

// StatusFact is the fact for a function whose result carries a status: a
// mapper func statusFor(err error) int, a constructor
// func BadRequest(msg string) error { return &Err{Status: 400, Msg: msg} },
// a method func (e *Err) StatusCode() int { return e.Status }.
type StatusFact struct {
	Values []CarriedStatus
}

func (*StatusFact) AFact() {}

func (s *StatusFact) String() string {
	var parts []string
	for _, c := range s.Values {
		var b strings.Builder
		fmt.Fprintf(&b, "r%d", c.Result)
		if c.Key != "" {
			b.WriteString("." + c.Key)
		}
		b.WriteString("=")
		switch {
		case c.Unknown:
			b.WriteString("unknown")
		case c.Param == recvParam:
			b.WriteString("recv")
		case c.Options:
			fmt.Fprintf(&b, "options%d", c.Param)
		case c.Param >= 0:
			fmt.Fprintf(&b, "param%d", c.Param)
		default:
			fmt.Fprintf(&b, "%d", c.Code)
		}
		if c.Param != -1 && c.From != "" {
			b.WriteString("." + c.From)
		}
		if c.Except != "" {
			b.WriteString("!" + c.Except)
		}
		if c.Options && c.OptionDefault != 0 {
			fmt.Fprintf(&b, "|%d", c.OptionDefault)
		}
		if c.Choice {
			b.WriteString("?")
		}
		parts = append(parts, b.String())
	}
	return "carries " + strings.Join(parts, " ")
}

// carried is one status a function of this package carries, with where it
// was chosen (for a rule to report a mapper's case where it is).
type carried struct {
	result  int
	key     string
	v       StatusValue
	unknown bool
}

// statusName matches functions whose int result is a status even when
// they hold no constant: func (e *Err) StatusCode() int { return e.code }.
var statusName = regexp.MustCompile(`(?i)(status|code)`)

// carriesOf returns the statuses fn's results carry: from a fact for
// another package's function, computed on demand for this package's.
func (ps *pkgState) carriesOf(fn *types.Func) []carried {
	if fn.Pkg() == nil {
		return nil
	}
	if fn.Pkg() != ps.pass.Pkg {
		var fact StatusFact
		if !ps.pass.ImportObjectFact(fn, &fact) {
			return nil
		}
		out := make([]carried, len(fact.Values))
		for i, c := range fact.Values {
			out[i] = fromFact(c)
		}
		return out
	}
	if c, ok := ps.carries[fn]; ok {
		return c
	}
	d := ps.decls[fn]
	if d == nil || ps.busy[fn] {
		return nil
	}
	ps.busy[fn] = true
	defer delete(ps.busy, fn)
	var c []carried
	if fi := ps.info(d); fi != nil {
		c = fi.computeCarries()
	}
	ps.carries[fn] = c
	return c
}

// symbolic reports whether v stands for a parameter's status, not a constant.
func (v StatusValue) symbolic() bool {
	return v.param >= 0 || v.param == recvParam || v.param == recordedParam
}

// fact is c in the form of a fact.
func (c carried) fact() CarriedStatus {
	cs := CarriedStatus{Result: c.result, Key: c.key, Param: -1, Choice: c.v.choice, Unknown: c.unknown, Default: c.v.dflt, ParserCase: c.v.parserCase, Options: c.v.opts, OptionDefault: c.v.optDefault}
	switch {
	case c.unknown:
	case c.v.symbolic():
		cs.Param, cs.From, cs.Except = c.v.param, c.v.from, c.v.except
	default:
		cs.Code = c.v.Code
	}
	return cs
}

// fromFact is the inverse of fact.
func fromFact(c CarriedStatus) carried {
	return carried{result: c.Result, key: c.Key, v: StatusValue{Code: c.Code, param: c.Param, from: c.From, choice: c.Choice, dflt: c.Default, parserCase: c.ParserCase, opts: c.Options, optDefault: c.OptionDefault, except: c.Except}, unknown: c.Unknown}
}

// statusFact is the fact form of fn's carried statuses, or nil.
func (ps *pkgState) statusFact(fn *types.Func) *StatusFact {
	c := ps.carriesOf(fn)
	if len(c) == 0 {
		return nil
	}
	s := &StatusFact{}
	for _, x := range c {
		s.Values = append(s.Values, x.fact())
	}
	return s
}

// computeCarries collects the statuses the results of f carry, at each
// return: an int result that is a status, or a result whose fields or
// methods hold one.
func (f *funcInfo) computeCarries() []carried {
	res := f.sig.Results()
	if res.Len() == 0 {
		return nil
	}
	f.structure()
	type slot struct {
		result int
		key    string
	}
	vals := map[slot]*Status{}
	var order []slot
	add := func(s slot, st Status) {
		cur := vals[s]
		if cur == nil {
			cur = &Status{}
			vals[s] = cur
			order = append(order, s)
		}
		cur.Unknown = cur.Unknown || st.Unknown
		cur.Values = append(cur.Values, st.Values...)
	}
	ok := true
	ast.Inspect(f.body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if _, live := f.loc[n]; !live {
				return false
			}
			if len(n.Results) != res.Len() {
				// return g(w, v): the statuses g's results carry, for
				// those that are statuses themselves.
				var call *ast.CallExpr
				if len(n.Results) == 1 {
					call, _ = ast.Unparen(n.Results[0]).(*ast.CallExpr)
				}
				if call == nil {
					// A bare return: the named results as they stand.
					// Their statuses by key only: an integer result read
					// here is not followed.
					for i := 0; i < res.Len(); i++ {
						v := res.At(i)
						if v.Name() == "" || v.Name() == "_" || isInteger(v.Type()) {
							ok = ok && !isInteger(v.Type())
							continue
						}
						keys, known := f.resultKeys(v, n)
						if !known {
							ok = false
							return false
						}
						for _, key := range keys {
							add(slot{i, key}, f.varCarries(v, key, n, 1))
						}
					}
					return false
				}
				for i := 0; i < res.Len(); i++ {
					if isInteger(res.At(i).Type()) {
						add(slot{i, ""}, f.callStatus(call, i, "", n, 1))
					}
				}
				return false
			}
			for i, r := range n.Results {
				if isInteger(res.At(i).Type()) {
					add(slot{i, ""}, f.evalStatus(r, n, 1))
					continue
				}
				if isNilIdent(f.pkg.pass.TypesInfo, r) {
					continue
				}
				for _, key := range f.carrierKeys(r, n) {
					add(slot{i, key}, f.carried(r, key, n, 1))
				}
			}
		}
		return true
	})
	if !ok {
		return nil
	}
	var out []carried
	for _, s := range order {
		st := vals[s]
		status, symbolic := false, false
		distinct := map[[3]any]bool{}
		for _, v := range st.Values {
			status = status || statusLike(v.Code)
			symbolic = symbolic || v.symbolic()
			distinct[[3]any{v.Code, v.param, v.from}] = true
		}
		name := s.key
		if name == "" && f.obj != nil {
			name = f.obj.Name()
		}
		// A result is a status when it holds one, or reads one from a
		// parameter in a function or field named for it: the count a
		// function returns is not.
		if !status && !(symbolic && statusName.MatchString(name)) {
			continue
		}
		choice := len(distinct) > 1 || st.Unknown && len(distinct) > 0
		for _, v := range st.Values {
			v.markCases()
			v.choice = v.choice || choice
			out = append(out, carried{result: s.result, key: s.key, v: v})
		}
		if st.Unknown {
			out = append(out, carried{result: s.result, key: s.key, v: StatusValue{param: -1}, unknown: true})
		}
	}
	return out
}

// carrierKeys returns the keys by which a status may be read from the
// value e returns: its integer fields and its methods of no argument
// returning an integer, for the concrete types e may hold.
func (f *funcInfo) carrierKeys(e ast.Expr, at ast.Node) []string {
	var keys []string
	seen := map[types.Type]bool{}
	var visit func(e ast.Expr, at ast.Node, depth int)
	visit = func(e ast.Expr, at ast.Node, depth int) {
		if depth > maxDepth {
			return
		}
		info := f.pkg.pass.TypesInfo
		e = ast.Unparen(e)
		t := info.TypeOf(e)
		if t == nil {
			return
		}
		if !types.IsInterface(t) {
			if !seen[t] {
				seen[t] = true
				keys = append(keys, typeKeys(t)...)
			}
			return
		}
		switch x := e.(type) {
		case *ast.Ident:
			if v := f.localVar(x); v != nil {
				defs, ok := f.reaching(v, at)
				if !ok {
					return
				}
				for _, d := range defs {
					switch {
					case d.rhs == nil:
					case d.tuple == 0 && isTypeAssert(d.rhs):
						visit(d.rhs, d.node, depth+1)
					case d.tuple >= 0:
						if call, ok := ast.Unparen(d.rhs).(*ast.CallExpr); ok {
							keys = append(keys, f.calleeKeys(call, d.tuple)...)
						}
					case d.tuple == tupleAs:
					default:
						visit(d.rhs, d.node, depth+1)
					}
				}
			}
		case *ast.CallExpr:
			if w := wrapped(info, x); w != nil {
				visit(w, at, depth+1)
				return
			}
			keys = append(keys, f.calleeKeys(x, 0)...)
		}
	}
	visit(e, at, 0)
	slices.Sort(keys)
	return slices.Compact(keys)
}

// resultKeys is carrierKeys for a named result at a bare return: the
// keys of its type, or of what its definitions reaching at hold. known is
// false when those cannot be told.
func (f *funcInfo) resultKeys(v *types.Var, at ast.Node) (keys []string, known bool) {
	if !types.IsInterface(v.Type()) {
		return typeKeys(v.Type()), true
	}
	defs, ok := f.reaching(v, at)
	if !ok {
		return nil, false
	}
	for _, d := range defs {
		switch {
		case d.rhs == nil, d.tuple == tupleAs:
		case d.tuple == 0 && isTypeAssert(d.rhs):
			keys = append(keys, f.carrierKeys(d.rhs, d.node)...)
		case d.tuple >= 0:
			if call, ok := ast.Unparen(d.rhs).(*ast.CallExpr); ok {
				keys = append(keys, f.calleeKeys(call, d.tuple)...)
			}
		default:
			keys = append(keys, f.carrierKeys(d.rhs, d.node)...)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys), true
}

// calleeKeys returns the keys the callee of call carries statuses by in
// its result res.
func (f *funcInfo) calleeKeys(call *ast.CallExpr, res int) []string {
	fn, _ := typeutil.Callee(f.pkg.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return nil
	}
	var keys []string
	for _, c := range f.pkg.carriesOf(fn) {
		if c.result == res && c.key != "" {
			keys = append(keys, c.key)
		}
	}
	return keys
}

// typeKeys returns the keys a concrete type may carry a status by.
func typeKeys(t types.Type) []string {
	var keys []string
	named := func(name string) {
		// A status is held by a field or method named for it (Status,
		// StatusCode, HTTPCode, Code): the other integers of a type are
		// lengths and counters.
		if statusName.MatchString(name) {
			keys = append(keys, name)
		}
	}
	base := t
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		base = p.Elem()
	}
	if st, ok := base.Underlying().(*types.Struct); ok {
		for i := 0; i < st.NumFields(); i++ {
			if fl := st.Field(i); isInteger(fl.Type()) {
				named(fl.Name())
			}
		}
	}
	ms := typeutil.IntuitiveMethodSet(t, nil)
	for _, m := range ms {
		sig := m.Type().(*types.Signature)
		if sig.Params().Len() == 0 && sig.Results().Len() == 1 && isInteger(sig.Results().At(0).Type()) {
			named(m.Obj().Name() + "()")
		}
	}
	return keys
}

// statusLike reports whether c is an HTTP status, or a business code
// built on one (40401: a 404 of the application's), which a status
// field may wrongly hold.
func statusLike(c int) bool {
	for ; c >= 100; c /= 10 {
		if c <= 599 {
			return true
		}
	}
	return false
}

// mayCarry reports whether a function's results may carry a status: an
// integer, or a value with integer fields or methods.
func mayCarry(sig *types.Signature) bool {
	res := sig.Results()
	for i := 0; i < res.Len(); i++ {
		t := res.At(i).Type()
		if isInteger(t) || types.IsInterface(t) && isErrorType(t) || len(typeKeys(t)) > 0 {
			return true
		}
	}
	return false
}

// statusError reports whether t is an error type that holds a status in a
// field or method named for it (type Error struct{ Code int; ... }), or a
// pointer to one.
func statusError(t types.Type) bool {
	if types.IsInterface(t) {
		return false
	}
	if _, ok := types.Unalias(t).(*types.Pointer); !ok {
		t = types.NewPointer(t) // to see the pointer's methods too
	}
	return errorLike(t) && len(typeKeys(t)) > 0
}

// declaresStatusError is the package function, once per package.
func (ps *pkgState) declaresStatusError(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	d, ok := ps.statusErrPkgs[pkg]
	if !ok {
		d = declaresStatusError(pkg)
		if ps.statusErrPkgs == nil {
			ps.statusErrPkgs = map[*types.Package]bool{}
		}
		ps.statusErrPkgs[pkg] = d
	}
	return d
}

// declaresStatusError reports whether pkg declares a statusError type.
func declaresStatusError(pkg *types.Package) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() && statusError(tn.Type()) {
			return true
		}
	}
	return false
}

// buildsStatusErrors reports whether pkg declares a statusError type or
// imports a package that does, outside the standard library (whose error
// codes — net/textproto's, html/template's ErrorCode — are no HTTP
// statuses). Only direct imports count: every driver sees them whole
// (types from export data list few of theirs).
func (ps *pkgState) buildsStatusErrors(pkg *types.Package) bool {
	// The standard library imports only itself (a package of no module
	// that imports another module's is a GOPATH one, as analysistest's).
	if ps.standard(pkg.Path()) && !slices.ContainsFunc(pkg.Imports(), func(imp *types.Package) bool { return !ps.standard(imp.Path()) }) {
		return false
	}
	if ps.declaresStatusError(pkg) {
		return true
	}
	for _, imp := range pkg.Imports() {
		if !ps.standard(imp.Path()) && ps.declaresStatusError(imp) {
			return true
		}
	}
	return false
}

// standard reports whether path is a standard library package's, told as
// the go command's vet configuration tells it: no dot in its first
// element, and not in the module of the package analyzed.
func (ps *pkgState) standard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	if strings.Contains(first, ".") {
		return false
	}
	m := ps.pass.Module
	return m == nil || m.Path == "" || path != m.Path && !strings.HasPrefix(path, m.Path+"/")
}

// returnsStatusError reports whether one of sig's results is an error:
// the interface, or a statusError type.
func returnsStatusError(sig *types.Signature) bool {
	res := sig.Results()
	for i := 0; i < res.Len(); i++ {
		if t := res.At(i).Type(); types.IsInterface(t) && isErrorType(t) || statusError(t) {
			return true
		}
	}
	return false
}

// ofErrors is s without the statuses of results that are no error: in a
// package that cannot see net/http an int result is a count, not a status.
// Nil when nothing is left.
func (s *StatusFact) ofErrors(sig *types.Signature) *StatusFact {
	var out StatusFact
	for _, c := range s.Values {
		if c.Key != "" && isErrorType(sig.Results().At(c.Result).Type()) {
			out.Values = append(out.Values, c)
		}
	}
	if len(out.Values) == 0 {
		return nil
	}
	return &out
}

// isInteger reports whether t is an integer type (int, or a named int).
func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// valueStatus is the status in e when e is neither a constant nor a local
// variable: a field (e.Status), a call (statusFor(err), err.StatusCode()),
// an entry of a table (httpStatus[code]).
func (f *funcInfo) valueStatus(e ast.Expr, at ast.Node, depth int) Status {
	unknown := Status{Unknown: true}
	if depth > maxValueDepth || at == nil {
		return unknown
	}
	info := f.pkg.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok && sel.Kind() == types.FieldVal {
			return f.carried(e.X, e.Sel.Name, at, depth+1)
		}
	case *ast.CallExpr:
		return f.callStatus(e, 0, "", at, depth+1)
	case *ast.IndexExpr:
		return f.tableStatus(e)
	}
	return unknown
}

// callStatus is the status the result res of call carries by key.
func (f *funcInfo) callStatus(call *ast.CallExpr, res int, key string, at ast.Node, depth int) Status {
	unknown := Status{Unknown: true}
	if depth > maxValueDepth {
		return unknown
	}
	info := f.pkg.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		// int(code), an error type conversion: the same value.
		if len(call.Args) == 1 {
			if key == "" {
				return f.evalStatus(call.Args[0], at, depth+1)
			}
			return f.carried(call.Args[0], key, at, depth+1)
		}
		return unknown
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return unknown
	}
	var recv ast.Expr
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal {
			recv = sel.X
			// err.StatusCode() through an interface: what the method of
			// each concrete value err may hold returns.
			if types.IsInterface(s.Recv()) {
				if len(call.Args) == 0 && res == 0 && key == "" {
					return f.carried(recv, fn.Name()+"()", at, depth+1)
				}
				return unknown
			}
		}
	}
	if key != "" && fn.FullName() == "fmt.Errorf" {
		if w := wrapped(info, call); w != nil {
			return f.carried(w, key, at, depth+1)
		}
		return unknown
	}
	return f.substitute(call, call.Args, recv, fn, res, key, at, depth)
}

// substitute is what fn's result res carries by key at a call (site) with
// the given arguments and receiver.
func (f *funcInfo) substitute(site ast.Expr, args []ast.Expr, recv ast.Expr, fn *types.Func, res int, key string, at ast.Node, depth int) Status {
	var list []carried
	for _, c := range f.pkg.carriesOf(fn) {
		if c.result == res && c.key == key {
			list = append(list, c)
		}
	}
	if len(list) == 0 {
		return Status{Unknown: true}
	}
	st := f.bind(site, args, recv, fn, list, at, depth)
	if !f.pkg.declaresStatusError(fn.Pkg()) {
		return st // a service given a conflict's name as data, not a constructor
	}
	var named *Origin
	for i, v := range st.Values {
		// A constructor's: a status the callee always gives, or one of
		// its arguments.
		if v.choice || v.symbolic() || v.Code == 0 || v.named != nil {
			continue
		}
		if named == nil {
			o, ok := f.namedOrigin(args)
			if !ok {
				break
			}
			named = &o
		}
		st.Values[i].named = named
	}
	return st
}

// namedOrigin is what a constructor's arguments say its error is about: a
// constant named for a conflict (reason.EmailDuplicate, ErrTagAlreadyExists)
// or a message that says one ("user already exists"). Only a conflict: an
// argument named "Invalid" may be about the server's own data.
func (f *funcInfo) namedOrigin(args []ast.Expr) (Origin, bool) {
	info := f.pkg.pass.TypesInfo
	for _, a := range args {
		a = ast.Unparen(a)
		if id := selIdent(a); id != nil {
			switch obj := info.Uses[id].(type) {
			case *types.Const, *types.Var:
				if obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
					continue
				}
				if knowledge.SentinelOrigin(qualifiedName(obj), obj.Name()) == knowledge.OriginConflict {
					return Origin{Kind: knowledge.OriginConflict, What: obj.Pkg().Name() + "." + obj.Name(), Node: a}, true
				}
				continue
			}
		}
		if tv, ok := info.Types[a]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			if msg := constant.StringVal(tv.Value); knowledge.IsConflictMessage(msg) {
				return Origin{Kind: knowledge.OriginConflict, What: strconv.Quote(msg), Node: a}, true
			}
		}
	}
	return Origin{}, false
}

// bind turns what a callee says of a status in terms of its parameters
// into the statuses at a call (site) to it.
func (f *funcInfo) bind(site ast.Expr, args []ast.Expr, recv ast.Expr, fn *types.Func, list []carried, at ast.Node, depth int) Status {
	var st Status
	local := fn != nil && fn.Pkg() == f.pkg.pass.Pkg
	var sig *types.Signature
	if fn != nil {
		sig = fn.Signature()
	}
	for _, c := range list {
		switch {
		case c.unknown:
			st.Unknown = true
		case c.v.opts:
			// With(w, Status(409), Body(v)): the options' status.
			if c.v.param > len(args) {
				st.Unknown = true
				continue
			}
			sub := f.optionStatus(site, args[c.v.param:], c.v.from, c.v.optDefault, at, depth)
			st.Unknown = st.Unknown || sub.Unknown
			st.Values = append(st.Values, sub.Values...)
		case !c.v.symbolic():
			v := c.v
			switch {
			case !v.choice:
				// The callee always gives this status: it is chosen
				// here, by calling it (apperr.BadRequest(msg)), and what
				// the error is about is said here, if anywhere.
				v.Expr, v.Guard, v.named = site, f.guardAt(site.Pos()), nil
			case !local:
				// Another package's choice: the write is here, which
				// of its cases applies is not known.
				v.Expr, v.Guard, v.named = site, nil, nil
			}
			if !local {
				v.Const = nil
			}
			st.Values = append(st.Values, v)
		default:
			var arg ast.Expr
			switch {
			case c.v.param == recvParam:
				arg = recv
			case c.v.param >= 0 && c.v.param < len(args) && !(sig != nil && sig.Variadic() && c.v.param >= sig.Params().Len()-1):
				arg = args[c.v.param]
			}
			if arg == nil {
				st.Unknown = true
				continue
			}
			var sub Status
			if c.v.from == "" {
				sub = f.evalStatus(arg, at, depth+1)
			} else {
				sub = f.carried(arg, c.v.from, at, depth+1)
			}
			st.Unknown = st.Unknown || sub.Unknown
			// The argument's own status: the case that reads it (errors.As
			// into its type, its StatusCode method) is the one it meets,
			// so it is no longer one of the callee's choices — unless the
			// callee answers it some other way.
			st.Values = append(st.Values, applyExcept(sub, c.v.except).Values...)
		}
	}
	return st
}

// carried is the status the value x holds by key, at node at: x.Status
// where x is &APIError{Status: 400}, the result of a constructor, the
// target of errors.As, a parameter.
func (f *funcInfo) carried(x ast.Expr, key string, at ast.Node, depth int) Status {
	st := f.carried1(x, key, at, depth)
	if !strings.HasSuffix(key, "()") {
		for i := range st.Values {
			st.Values[i].viaField = true
		}
		// if e.Status == 401 { ...; return } before the write of e.Status.
		st = applyExcept(st, f.fieldExcept(x, key, at))
	}
	return st
}

func (f *funcInfo) carried1(x ast.Expr, key string, at ast.Node, depth int) Status {
	unknown := Status{Unknown: true}
	if depth > maxValueDepth || at == nil {
		return unknown
	}
	if f.recordedRead(x) {
		// c.Errors.Last().Err in a middleware: what the handler recorded.
		return Status{Values: []StatusValue{{param: recordedParam, from: key}}}
	}
	info := f.pkg.pass.TypesInfo
	switch e := ast.Unparen(x).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return f.carried(e.X, key, at, depth)
		}
	case *ast.StarExpr:
		return f.carried(e.X, key, at, depth)
	case *ast.TypeAssertExpr:
		return f.carried(e.X, key, at, depth)
	case *ast.CompositeLit:
		return f.literalCarries(e, key, at, depth)
	case *ast.CallExpr:
		return f.callStatus(e, 0, key, at, depth+1)
	case *ast.Ident:
		if v := f.localVar(e); v != nil {
			return f.varCarries(v, key, at, depth)
		}
		if v, ok := info.Uses[e].(*types.Var); ok {
			return f.pkgVarCarries(v, key, depth)
		}
	case *ast.SelectorExpr:
		if v, ok := info.Uses[e.Sel].(*types.Var); ok && !v.IsField() {
			return f.pkgVarCarries(v, key, depth)
		}
	}
	return unknown
}

// literalCarries is the status a composite literal holds by key.
func (f *funcInfo) literalCarries(lit *ast.CompositeLit, key string, at ast.Node, depth int) Status {
	unknown := Status{Unknown: true}
	info := f.pkg.pass.TypesInfo
	t := info.TypeOf(lit)
	if t == nil {
		return unknown
	}
	if name, ok := strings.CutSuffix(key, "()"); ok {
		// A method of the literal's type: on the pointer, to see both sets.
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, f.pkg.pass.Pkg, name)
		m, ok := obj.(*types.Func)
		if !ok {
			return unknown
		}
		return f.substitute(lit, nil, lit, m, 0, "", at, depth)
	}
	for field, val := range litFields(info, lit) {
		if field.Name() == key {
			return f.evalStatus(val, at, depth+1)
		}
	}
	// The field is left zero: not a status anyone chose.
	return unknown
}

// varCarries is the status a local variable holds by key at node at.
func (f *funcInfo) varCarries(v *types.Var, key string, at ast.Node, depth int) Status {
	if st, ok := f.optionCarries(v, key, at, depth); ok {
		return st
	}
	if l, ok := f.locate(at); ok {
		at = l.block.Nodes[l.index]
	}
	switch f.fieldsAssigned()[fieldOf{v, key}] {
	case fieldAddressed:
		return Status{Unknown: true}
	case fieldAssigned:
		// res.Code = ... after res := result{...}: the field's own
		// definitions, with the variable's.
		return f.fieldCarries(v, key, at, depth)
	}
	if recv := f.sig.Recv(); recv != nil && v == recv {
		return Status{Values: []StatusValue{{param: recvParam, from: key}}}
	}
	defs, ok := f.reaching(v, at)
	if !ok {
		return Status{Unknown: true}
	}
	nilable := false
	switch types.Unalias(v.Type()).Underlying().(type) {
	case *types.Pointer, *types.Interface:
		nilable = true
	}
	var st Status
	for _, d := range defs {
		var sub Status
		switch {
		case d.param >= 0:
			st.Values = append(st.Values, StatusValue{param: d.param, from: key})
			continue
		case d.rhs == nil && nilable:
			continue // nil holds no status: reading one would panic
		case d.rhs == nil:
			st.Unknown = true
			continue
		case d.tuple == tupleAs:
			call := ast.Unparen(d.rhs).(*ast.CallExpr)
			sub = f.carried(call.Args[0], key, d.node, depth+1)
		case d.tuple == 0 && isTypeAssert(d.rhs):
			// e, ok := err.(*APIError)
			sub = f.carried(d.rhs, key, d.node, depth+1)
		case d.tuple >= 0:
			call, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
			if !ok {
				st.Unknown = true
				continue
			}
			sub = f.callStatus(call, d.tuple, key, d.node, depth+1)
		default:
			if isNilIdent(f.pkg.pass.TypesInfo, d.rhs) {
				continue
			}
			sub = f.carried(d.rhs, key, d.node, depth+1)
		}
		f.mergeDef(&st, sub, d)
	}
	return st
}

// mergeDef adds to st what a definition d gives: a status chosen there
// (not a callee's choice) is on the error path of the definition.
func (f *funcInfo) mergeDef(st *Status, sub Status, d def) {
	st.Unknown = st.Unknown || sub.Unknown
	for _, sv := range sub.Values {
		if sv.Guard == nil && sv.Expr != nil && !sv.choice {
			sv.Guard = f.guardAt(d.node.Pos())
		}
		st.Values = append(st.Values, sv)
	}
}

// fieldOf is a field of a local variable: res.Code.
type fieldOf struct {
	v     *types.Var
	field string
}

// How a function touches a field of a local variable.
const (
	fieldAssigned  = 1 // res.Code = 404
	fieldAddressed = 2 // &res.Code, res.Code++: not followed
)

// fieldsAssigned returns, once, the fields of local variables that f
// assigns (res.Code = 404), or changes in ways the model does not follow,
// from the walk that records every assignment.
func (f *funcInfo) fieldsAssigned() map[fieldOf]int {
	if f.fields != nil {
		return f.fields
	}
	as := f.assignments()
	f.fields = make(map[fieldOf]int, len(as.fields)+len(as.touched))
	for k := range as.fields {
		f.fields[k] = fieldAssigned
	}
	for k := range as.touched {
		f.fields[k] = fieldAddressed
	}
	return f.fields
}

// tupleWhole is def.tuple, for the definitions of a field variable, of
// an assignment to the whole variable: the field is that of the rhs.
const tupleWhole = -5

// fieldCarries is the status field key of v holds at node at, by the
// definitions of the field and of the whole variable that reach it.
func (f *funcInfo) fieldCarries(v *types.Var, key string, at ast.Node, depth int) Status {
	fv := f.fieldVar(v, key)
	defs, ok := f.reaching(fv, at)
	if !ok {
		return Status{Unknown: true}
	}
	var st Status
	for _, d := range defs {
		var sub Status
		switch {
		case d.node == nil:
			if i, isParam := f.params[v]; isParam {
				st.Values = append(st.Values, StatusValue{param: i, from: key})
			} else {
				st.Unknown = true
			}
			continue
		case d.rhs == nil:
			st.Unknown = true
			continue
		case d.tuple == tupleWhole:
			sub = f.carried(d.rhs, key, d.node, depth+1)
		case d.tuple >= 0:
			st.Unknown = true
			continue
		default:
			sub = f.evalStatus(d.rhs, d.node, depth+1)
		}
		f.mergeDef(&st, sub, d)
	}
	return st
}

// fieldVar returns a variable standing for field key of v, whose
// definitions are the field's assignments and the whole variable's.
func (f *funcInfo) fieldVar(v *types.Var, key string) *types.Var {
	k := fieldOf{v, key}
	if fv, ok := f.fieldVars[k]; ok {
		return fv
	}
	if f.fieldVars == nil {
		f.fieldVars = map[fieldOf]*types.Var{}
	}
	fv := types.NewVar(v.Pos(), v.Pkg(), v.Name()+"."+key, types.Typ[types.Int])
	as := f.assignments()
	var list []assignment
	for _, a := range as.of[v] {
		switch {
		case a.rhs == nil || a.tuple >= 0 || a.tuple == tupleAs || a.tuple == tupleRange:
			list = append(list, assignment{a.node, nil, -1})
		default:
			list = append(list, assignment{a.node, a.rhs, tupleWhole})
		}
	}
	list = append(list, as.fields[k]...)
	as.of[fv] = list
	as.escapes[fv] = as.escapes[v]
	f.fieldVars[k] = fv
	return fv
}

// Choice reports whether the status is one of several a callee or a
// table chooses between by a condition the write does not show (a
// mapper's cases): that this write sends it is not known.
func (v StatusValue) Choice() bool { return v.choice }

// FromField reports whether the status was read from a field of a value
// (w.WriteHeader(res.Code)): a wrong one is fixed where it is read, not
// where the field was filled.
func (v StatusValue) FromField() bool { return v.viaField && !v.symbolic() }

// pkgVarCarries is the status a package-level variable holds by key: a
// sentinel var ErrNotFound = &APIError{Status: 404}, from its
// initializer in this package or a fact.
func (f *funcInfo) pkgVarCarries(v *types.Var, key string, depth int) Status {
	unknown := Status{Unknown: true}
	if v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return unknown
	}
	if v.Pkg() != f.pkg.pass.Pkg {
		var fact StatusFact
		if !f.pkg.pass.ImportObjectFact(v, &fact) {
			return unknown
		}
		var st Status
		found := false
		for _, c := range fact.Values {
			if c.Key == key {
				found = true
				if c.Unknown || c.Param != -1 {
					st.Unknown = true
				} else {
					st.Values = append(st.Values, StatusValue{Code: c.Code, param: -1})
				}
			}
		}
		if !found {
			return unknown
		}
		return st
	}
	init := f.pkg.initOf(v)
	if init == nil {
		return unknown
	}
	lit := ast.Unparen(init)
	if u, ok := lit.(*ast.UnaryExpr); ok && u.Op == token.AND {
		lit = ast.Unparen(u.X)
	}
	cl, ok := lit.(*ast.CompositeLit)
	if !ok || strings.HasSuffix(key, "()") {
		return unknown
	}
	for field, val := range litFields(f.pkg.pass.TypesInfo, cl) {
		if field.Name() == key {
			if c, ok := constCode(f.pkg.pass.TypesInfo, val); ok {
				return Status{Values: []StatusValue{{Code: c, Expr: val, Const: val, param: -1}}}
			}
		}
	}
	return unknown
}

// litFields yields the fields a struct literal sets, keyed or by
// position, with their values.
func litFields(info *types.Info, cl *ast.CompositeLit) iter.Seq2[*types.Var, ast.Expr] {
	return func(yield func(*types.Var, ast.Expr) bool) {
		t := info.TypeOf(cl)
		if t == nil {
			return
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return
		}
		for i, elt := range cl.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				id, ok := kv.Key.(*ast.Ident)
				if !ok {
					continue
				}
				for j := 0; j < st.NumFields(); j++ {
					if st.Field(j).Name() == id.Name && !yield(st.Field(j), kv.Value) {
						return
					}
				}
				continue
			}
			if i < st.NumFields() && !yield(st.Field(i), elt) {
				return
			}
		}
	}
}

// isTypeAssert reports whether e is a type assertion x.(T).
func isTypeAssert(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.TypeAssertExpr)
	return ok
}

// initOf returns the expression a package-level variable of this package
// is initialized with, or nil.
func (ps *pkgState) initOf(v *types.Var) ast.Expr {
	if ps.inits == nil {
		ps.inits = make(map[*types.Var]ast.Expr)
		for _, in := range ps.pass.TypesInfo.InitOrder {
			if len(in.Lhs) == 1 {
				ps.inits[in.Lhs[0]] = in.Rhs
			}
		}
	}
	return ps.inits[v]
}

// pkgVarFact is the fact for a package-level variable holding a value with
// a constant status in a field: var ErrNotFound = &APIError{Status: 404}.
func (ps *pkgState) pkgVarFact(v *types.Var) *StatusFact {
	init := ps.initOf(v)
	if init == nil {
		return nil
	}
	lit := ast.Unparen(init)
	if u, ok := lit.(*ast.UnaryExpr); ok && u.Op == token.AND {
		lit = ast.Unparen(u.X)
	}
	cl, ok := lit.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var s StatusFact
	for field, val := range litFields(ps.pass.TypesInfo, cl) {
		if c, ok := constCode(ps.pass.TypesInfo, val); ok && statusLike(c) && isInteger(ps.pass.TypesInfo.TypeOf(val)) {
			s.Values = append(s.Values, CarriedStatus{Key: field.Name(), Code: c, Param: -1})
		}
	}
	if len(s.Values) == 0 {
		return nil
	}
	return &s
}

// tableStatus is the status an entry of a package-level table holds:
// httpStatus[kind] with var httpStatus = map[Kind]int{NotFound: 404, ...}.
// Which entry a lookup gets is not known: each is a choice.
func (f *funcInfo) tableStatus(e *ast.IndexExpr) Status {
	unknown := Status{Unknown: true}
	info := f.pkg.pass.TypesInfo
	id := selIdent(e.X)
	if id == nil {
		return unknown
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() != f.pkg.pass.Pkg || v.Parent() != v.Pkg().Scope() {
		return unknown
	}
	lit, ok := ast.Unparen(f.pkg.initOf(v)).(*ast.CompositeLit)
	if !ok || len(lit.Elts) == 0 {
		return unknown
	}
	var st Status
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return unknown
		}
		c, ok := constCode(info, kv.Value)
		if !ok {
			return unknown
		}
		st.Values = append(st.Values, StatusValue{Code: c, Expr: kv.Value, Const: kv.Value, Guard: f.pkg.keyGuard(kv.Key), param: -1, choice: true})
	}
	// A miss gives the zero value, or whatever the caller does then.
	st.Unknown = true
	return st
}

// constCode returns the integer constant e holds.
func constCode(info *types.Info, e ast.Expr) (int, bool) {
	tv := info.Types[e]
	if tv.Value == nil {
		return 0, false
	}
	c, ok := constant.Int64Val(constant.ToInt(tv.Value))
	return int(c), ok
}

// keyGuard is the error path a table's key stands for: the entry
// ErrDuplicate: 400 answers a duplicate. Only an origin that is not the
// client's is believed from a name (see trustName).
func (ps *pkgState) keyGuard(key ast.Expr) *Guard {
	id := selIdent(key)
	if id == nil {
		return nil
	}
	obj := ps.pass.TypesInfo.Uses[id]
	if obj == nil || obj.Pkg() == nil {
		return nil
	}
	q := qualifiedName(obj)
	k := knowledge.SentinelOrigin(q, obj.Name())
	if k == knowledge.OriginUnknown || k.Client() && knowledge.ByName(q) {
		return nil
	}
	return &Guard{Cond: key, resolved: true, origin: Origin{Kind: k, What: obj.Pkg().Name() + "." + obj.Name(), Node: key}}
}

// fallback narrows what a central writer sends at a call that hands it an
// error carrying no status: respondErr(w, err) writes err's own status, or
// 500 for any other error; given the error of a JSON decoder or strconv,
// it is 500, chosen here, where the error path says why.
func (f *funcInfo) fallback(call *ast.CallExpr, list []carried) []carried {
	if out, ok := f.errorCase(call, list); ok {
		return out
	}
	param, defaults := -1, 0
	for _, c := range list {
		switch {
		case c.unknown || c.v.parserCase:
			return list // a case may be for this very error
		case c.v.symbolic() && c.v.from != "" && (param < 0 || param == c.v.param):
			param = c.v.param
		case c.v.symbolic():
			return list
		case c.v.dflt && c.v.Code >= 400:
			// (A default below 400 is for the nil error: c.JSON(200, data).)
			defaults++
		}
	}
	if param < 0 {
		// statusFor(err) with cases on sentinels only: the error is the
		// call's one error argument.
		for i, a := range call.Args {
			if isErrorType(f.pkg.pass.TypesInfo.TypeOf(a)) {
				if param >= 0 {
					return list
				}
				param = i
			}
		}
	}
	if param < 0 || defaults != 1 || param >= len(call.Args) || !f.carriesNothing(call.Args[param], call) || f.fromErrWriter(call.Args[param], call) {
		return list
	}
	// A parser's error meets none of the writer's conditions (they test
	// the application's own errors): it gets the default.
	var out []carried
	for _, c := range list {
		if !c.v.symbolic() && c.v.dflt && c.v.Code >= 400 {
			c.v.choice = false
			out = append(out, c)
		}
	}
	return out
}

// errorCase narrows what a central writer sends at a call by the error it
// is handed, when the writer reads a status from that error
// (HandleResponse(c, err, data): 200 when err is nil, err's Code when it
// carries one, 500 for any other error):
//
//   - nil: no status to read, no failure path to take — the statuses the
//     writer chooses with no condition on an error (its 200);
//   - an error that is not nil and carries a known status (a constructor's
//     BadRequest(reason), an error the guard around the call tested): the
//     case that reads that status is the one it meets, and the writer's
//     own choices for other errors are not sent.
//
// ok is false when the call says neither.
func (f *funcInfo) errorCase(call *ast.CallExpr, list []carried) (out []carried, ok bool) {
	param := -1
	for _, c := range list {
		if c.unknown || c.v.opts {
			return nil, false
		}
		if c.v.symbolic() && c.v.from != "" && c.v.param >= 0 {
			if param >= 0 && param != c.v.param {
				return nil, false
			}
			param = c.v.param
		}
	}
	if param < 0 || param >= len(call.Args) || call.Ellipsis.IsValid() {
		return nil, false
	}
	arg := call.Args[param]
	reads := func(c carried) bool { return c.v.symbolic() && c.v.param == param && c.v.from != "" }
	if isNilIdent(f.pkg.pass.TypesInfo, arg) {
		for _, c := range list {
			if !reads(c) && !c.v.symbolic() && c.v.dflt && !c.v.parserCase {
				out = append(out, c)
			}
		}
		if len(out) == 0 {
			return nil, false
		}
		if len(out) == 1 {
			out[0].v.choice = false
		}
		return out, true
	}
	if !f.nonNil(arg, call, 0) {
		return nil, false
	}
	for _, c := range list {
		if !reads(c) {
			continue
		}
		st := f.carried(arg, c.v.from, call, 0)
		if st.Unknown || len(st.Values) == 0 {
			return nil, false
		}
		for _, v := range st.Values {
			if v.symbolic() {
				return nil, false // a parameter's: any error the caller has
			}
		}
		out = append(out, c)
	}
	return out, len(out) > 0
}

// nonNil reports whether the error e cannot be nil at node at: a value
// built there (&APIError{...}, a constructor whose result is a concrete
// type, a method of one such as WithMsg), or a variable every definition
// of which is one, or that a failure condition around at tested.
func (f *funcInfo) nonNil(e ast.Expr, at ast.Node, depth int) bool {
	if depth > maxValueDepth {
		return false
	}
	info := f.pkg.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		_, lit := ast.Unparen(x.X).(*ast.CompositeLit)
		return x.Op == token.AND && lit
	case *ast.CompositeLit:
		return true
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() {
			return len(x.Args) == 1 && f.nonNil(x.Args[0], at, depth+1)
		}
		t := info.TypeOf(x)
		return t != nil && !types.IsInterface(t) && errorLike(t)
	case *ast.SelectorExpr:
		v, ok := info.Uses[x.Sel].(*types.Var)
		return ok && f.sentinel(v, depth)
	case *ast.Ident:
		v := f.localVar(x)
		if v == nil {
			pv, ok := info.Uses[x].(*types.Var)
			return ok && f.sentinel(pv, depth)
		}
		for g := f.guardAt(at.Pos()); g != nil; g = g.parent {
			if g.errVar == v {
				return true
			}
		}
		if l, ok := f.locate(at); ok {
			at = l.block.Nodes[l.index]
		}
		defs, ok := f.reaching(v, at)
		if !ok || len(defs) == 0 {
			return false
		}
		for _, d := range defs {
			if d.param >= 0 || d.rhs == nil || d.tuple != -1 || !f.nonNil(d.rhs, d.node, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// sentinel reports whether v is a package-level variable initialized with
// a value built there (var ErrGone = &Error{Code: 410}): another
// package's when it has a StatusFact, which only such variables get.
func (f *funcInfo) sentinel(v *types.Var, depth int) bool {
	if v.IsField() || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return false
	}
	if v.Pkg() != f.pkg.pass.Pkg {
		var fact StatusFact
		return f.pkg.pass.ImportObjectFact(v, &fact)
	}
	init := f.pkg.initOf(v)
	return init != nil && f.nonNil(init, init, depth+1)
}

// markCases records whether v was chosen with no condition on an error
// (a default), or under one a parser's error may meet.
func (v *StatusValue) markCases() {
	if v.symbolic() {
		return
	}
	if v.Guard == nil {
		if !v.choice {
			v.dflt = true
		}
		return
	}
	v.parserCase = v.parserCase || parserGuard(v.Guard)
}

// parserGuard reports whether g tests for an error a parser of the
// standard library or a known producer makes: errors.As(err, &syn) with a
// *json.SyntaxError, errors.Is(err, io.EOF).
func parserGuard(g *Guard) bool {
	for ; g != nil; g = g.parent {
		var obj types.Object
		switch {
		case g.sentinel != nil:
			obj = g.sentinel
		case g.errType != nil:
			t := g.errType
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := types.Unalias(t).(*types.Named); ok {
				obj = n.Obj()
			} else {
				return true // an interface literal: anything may meet it
			}
		}
		if obj == nil || obj.Pkg() == nil {
			continue
		}
		path := obj.Pkg().Path()
		if !strings.Contains(strings.SplitN(path, "/", 2)[0], ".") || !knowledge.ByName(qualifiedName(obj)) {
			return true
		}
	}
	return false
}

// carriesNothing reports whether the error e is one a parser of the
// client's input made (its origin is the client's, not by name alone):
// no status rides on it, and a writer that reads one falls back.
func (f *funcInfo) carriesNothing(e ast.Expr, at ast.Node) bool {
	if !isErrorType(f.pkg.pass.TypesInfo.TypeOf(e)) {
		return false
	}
	if l, ok := f.locate(at); ok {
		at = l.block.Nodes[l.index]
	}
	o := f.exprOrigin(e, -1, at, 0)
	if !o.Kind.Client() || o.weak || o.fresh || o.param >= 0 {
		return false
	}
	// A helper whose errors may carry a status, or a framework's own
	// parser (echo's c.Bind answers with its own 400), is not a bare
	// parser's error.
	if len(f.carrierKeys(e, at)) > 0 {
		return false
	}
	return !f.fromFramework(e, at, 0)
}

// fromFramework reports whether the error e may come from a call into a
// framework's package, directly or wrapped with %w.
func (f *funcInfo) fromFramework(e ast.Expr, at ast.Node, depth int) bool {
	if depth > maxDepth {
		return true
	}
	info := f.pkg.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if w := wrapped(info, x); w != nil {
			return f.fromFramework(w, at, depth+1)
		}
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		return fn == nil || fn.Pkg() != nil && knowledge.FrameworkPackage(fn.Pkg().Path())
	case *ast.Ident:
		v := f.localVar(x)
		if v == nil {
			return false
		}
		defs, ok := f.reaching(v, at)
		if !ok {
			return true
		}
		for _, d := range defs {
			if d.rhs != nil && d.tuple != tupleAs && f.fromFramework(d.rhs, d.node, depth+1) {
				return true
			}
		}
	}
	return false
}

// A Choice is a status a mapper or a table of this package chooses by a
// condition on an error (case errors.Is(err, ErrDuplicate): return 400;
// CodeDuplicate: 400), and what that condition says the error is.
type Choice struct {
	Value  StatusValue
	Origin Origin
}

// At is where the choice is made: the constant, or the call of the
// constructor whose error names its kind.
func (c *Choice) At() ast.Expr {
	if c.Value.Const != nil {
		return c.Value.Const
	}
	return c.Value.Expr
}

// Choices returns the statuses this package's mappers and tables choose
// for errors of a known origin, whoever writes them: a wrong one is
// reported where it is chosen, once, not at every write in every package.
func (r *Result) Choices() []Choice { return r.choices }

// collectChoices gathers the choices of every function whose carried
// statuses the pass computed, resolving their origins inside the pass.
func (ps *pkgState) collectChoices(res *Result) {
	seen := map[ast.Expr]bool{}
	for _, list := range ps.carries {
		for _, c := range list {
			v := c.v
			if c.unknown {
				continue
			}
			isCase := v.choice && v.Const != nil && v.Guard != nil
			// A constructor's error that names what it is about
			// (return errors.BadRequest(reason.EmailDuplicate) in a
			// service) is chosen where it is built, case or not.
			named := v.named != nil && v.Expr != nil
			at := (&Choice{Value: v}).At()
			if !isCase && !named || seen[at] {
				continue
			}
			seen[at] = true
			var o Origin
			if g := v.Guard; isCase {
				if g.fi != nil {
					o = g.fi.resolveOrigin(g)
				} else {
					o = g.origin
				}
			}
			if o.Kind == knowledge.OriginUnknown && named {
				o = *v.named
			}
			if o.Kind != knowledge.OriginUnknown {
				res.choices = append(res.choices, Choice{Value: v, Origin: o})
			}
		}
	}
	sort.Slice(res.choices, func(i, j int) bool { return res.choices[i].At().Pos() < res.choices[j].At().Pos() })
}

// fromErrWriter reports whether the error e was returned by a handler
// whose returned errors this writer is known to write: its returns are
// checked, each where the fix goes (see errorWriterEvents).
func (f *funcInfo) fromErrWriter(e ast.Expr, at ast.Node) bool {
	v := f.localVar(e)
	if v == nil {
		return false
	}
	if l, ok := f.locate(at); ok {
		at = l.block.Nodes[l.index]
	}
	defs, ok := f.reaching(v, at)
	if !ok {
		return false
	}
	for _, d := range defs {
		call, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
		if !ok {
			continue
		}
		if fn, ok := typeutil.Callee(f.pkg.pass.TypesInfo, call).(*types.Func); ok {
			if decl := f.pkg.decls[fn]; decl != nil && f.pkg.errWriters[decl] != nil {
				return true
			}
		}
		// err := f(w, r) in an adapter: the handlers' returns are checked.
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			if v, ok := f.pkg.pass.TypesInfo.Uses[id].(*types.Var); ok && f.pkg.adapterParams[v] {
				return true
			}
		}
	}
	return false
}
