package response

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Builders: a response built in a struct and sent at the end of a chain,
//
//	reply.To(w).Code(401).Set("Cache-Control", "no-store").JSON(v)
//
// The struct holds the writer in a field; a constructor stores it there,
// methods that return their receiver record a status in a field (which
// StatusFact follows, as for any value carrying a status) or add headers
// to a map field, and a terminal method writes through the field: its
// WriterSummary says so (WriterField, a status read from the receiver,
// HeaderMaps). At the terminal call, the chain it ends is evaluated: the
// writer comes from the constructor's argument, the status from the
// chain's calls, the headers from those added to the maps the terminal
// copies. A builder kept in a variable is not followed: the writer
// escapes there, as before.

// BuilderFact describes a function's part in building a response held
// in a struct: a constructor that stores the writer in the result
// (WriterParam, Field), or a method that returns its receiver with what
// it held (Recv). Headers lists the header names it adds to the result's
// header maps.
type BuilderFact struct {
	Recv        bool
	WriterParam int // constructor: the parameter stored as the result's writer, else -1
	Field       string
	Headers     []BuilderHeader
}

// BuilderHeader is one header a builder call adds to a map field.
type BuilderHeader struct {
	Map   string // the map field
	Name  string // the canonical header name, when constant
	Param int    // else the parameter holding the name, or -1: unknown
}

func (*BuilderFact) AFact() {}

func (b *BuilderFact) String() string {
	var s strings.Builder
	if b.Recv {
		s.WriteString("builder returns receiver")
	} else {
		fmt.Fprintf(&s, "builder holds param%d in .%s", b.WriterParam, b.Field)
	}
	for _, h := range b.Headers {
		switch {
		case h.Name != "":
			fmt.Fprintf(&s, " adds %s to .%s", h.Name, h.Map)
		case h.Param >= 0:
			fmt.Fprintf(&s, " adds param%d to .%s", h.Param, h.Map)
		default:
			fmt.Fprintf(&s, " adds ? to .%s", h.Map)
		}
	}
	return s.String()
}

// structWriter returns the field of a named struct type (or a pointer to
// one) that holds a net/http response writer, when it has exactly one
// that is not embedded (an embedded writer makes the struct a writer
// itself: see wrapperOf).
func structWriter(t types.Type) *types.Var {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if _, ok := types.Unalias(t).(*types.Named); !ok {
		return nil
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var found *types.Var
	for i := 0; i < st.NumFields(); i++ {
		fl := st.Field(i)
		if !isNamed(fl.Type(), "net/http", "ResponseWriter") {
			continue
		}
		if fl.Embedded() || found != nil {
			return nil
		}
		found = fl
	}
	return found
}

// writerField returns the writer field of a method's receiver, for a
// method with no writer parameter of its own.
func writerField(sig *types.Signature) *types.Var {
	if sig.Recv() == nil || writerParam(sig) >= 0 {
		return nil
	}
	return structWriter(sig.Recv().Type())
}

// recvField reports whether e selects field fl of f's receiver.
func (f *funcInfo) recvField(e ast.Expr, fl *types.Var) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || fl == nil || f.sig.Recv() == nil {
		return false
	}
	info := f.pkg.pass.TypesInfo
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || s.Obj() != fl {
		return false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	return ok && info.Uses[id] == f.sig.Recv()
}

// recvMapField returns the name of the map field of f's receiver that e
// selects (r.headers), or "".
func (f *funcInfo) recvMapField(e ast.Expr) string {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || f.sig.Recv() == nil {
		return ""
	}
	info := f.pkg.pass.TypesInfo
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return ""
	}
	if _, ok := s.Obj().Type().Underlying().(*types.Map); !ok {
		return ""
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok || info.Uses[id] != f.sig.Recv() {
		return ""
	}
	return sel.Sel.Name
}

// builderOf returns fn's BuilderFact: from a fact for another package's
// function, computed on demand for this package's.
func (ps *pkgState) builderOf(fn *types.Func) *BuilderFact {
	if fn.Pkg() == nil {
		return nil
	}
	if fn.Pkg() != ps.pass.Pkg {
		b := new(BuilderFact)
		if ps.pass.ImportObjectFact(fn, b) {
			return b
		}
		return nil
	}
	if b, ok := ps.builders[fn]; ok {
		return b
	}
	ps.builders[fn] = nil
	d := ps.decls[fn]
	if d == nil || !builderShaped(fn.Signature()) {
		return nil
	}
	var b *BuilderFact
	if fi := ps.info(d); fi != nil {
		b = fi.computeBuilder()
	}
	ps.builders[fn] = b
	return b
}

// builderShaped reports whether sig returns just a struct with a writer
// field: a constructor or a chained method of a builder.
func builderShaped(sig *types.Signature) bool {
	return sig.Results().Len() == 1 && structWriter(sig.Results().At(0).Type()) != nil
}

// computeBuilder summarises f as a constructor or chained method of a
// builder, or returns nil.
func (f *funcInfo) computeBuilder() *BuilderFact {
	info := f.pkg.pass.TypesInfo
	field := structWriter(f.sig.Results().At(0).Type())
	recv := f.sig.Recv()
	b := &BuilderFact{WriterParam: -1}
	ok := true
	returns := 0
	ast.Inspect(f.body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				ok = false
				return false
			}
			returns++
			r := ast.Unparen(n.Results[0])
			if id, isID := r.(*ast.Ident); isID && recv != nil && info.Uses[id] == recv {
				b.Recv = true
				return true
			}
			if u, isAddr := r.(*ast.UnaryExpr); isAddr {
				r = ast.Unparen(u.X)
			}
			lit, isLit := r.(*ast.CompositeLit)
			if !isLit {
				ok = false
				return false
			}
			param := -1
			for fl, val := range litFields(info, lit) {
				if fl != field {
					continue
				}
				if v := f.localVar(val); v != nil {
					if i, isParam := f.params[v]; isParam {
						param = i
					}
				}
			}
			if param < 0 || b.WriterParam >= 0 && b.WriterParam != param {
				ok = false
				return false
			}
			b.WriterParam, b.Field = param, field.Name()
		case *ast.AssignStmt:
			// r.rw = other: the receiver's writer changes.
			for _, l := range n.Lhs {
				if f.recvField(l, field) {
					ok = false
				}
			}
		}
		return true
	})
	if !ok || returns == 0 || b.Recv == (b.WriterParam >= 0) {
		return nil
	}
	if b.Recv {
		b.Headers = f.mapAdds()
	}
	return b
}

// mapAdds returns the headers f adds to its receiver's map fields:
// r.headers.Set(k, v), r.headers[k] = v; a map field used any other way
// (passed on, replaced) adds headers the model cannot name.
func (f *funcInfo) mapAdds() []BuilderHeader {
	param := func(e ast.Expr) int {
		if v := f.localVar(e); v != nil {
			if i, isParam := f.params[v]; isParam {
				return i
			}
		}
		return -1
	}
	return f.headerAdds(f.body, f.recvMapField, param)
}

// headerAdds returns the headers the code in body adds to the map fields
// mapField names (it returns "" for any other expression): m.Set(k, v),
// m.Add(k, v), m[k] = v, by a constant name or the parameter param says
// holds it; a map field used any other way than reading it adds headers
// the model cannot name. Builders' methods and option closures share it.
func (f *funcInfo) headerAdds(body ast.Node, mapField func(ast.Expr) string, param func(ast.Expr) int) []BuilderHeader {
	info := f.pkg.pass.TypesInfo
	var out []BuilderHeader
	add := func(m string, key ast.Expr) {
		h := BuilderHeader{Map: m, Param: -1}
		if key != nil {
			if h.Name = f.headerName(key); h.Name == "" {
				h.Param = param(key)
			}
		}
		out = append(out, h)
	}
	seen := map[ast.Expr]bool{} // map fields whose use is understood
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return n == body
		case *ast.CallExpr:
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok {
				return true
			}
			m := mapField(sel.X)
			if m == "" {
				return true
			}
			seen[ast.Unparen(sel.X)] = true
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			switch {
			case fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "net/http" && (fn.Name() == "Set" || fn.Name() == "Add") && len(n.Args) == 2:
				add(m, n.Args[0])
			case fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "net/http" && (fn.Name() == "Get" || fn.Name() == "Values" || fn.Name() == "Clone"):
			default:
				add(m, nil)
			}
		case *ast.IndexExpr:
			if m := mapField(n.X); m != "" {
				seen[ast.Unparen(n.X)] = true
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
					if m := mapField(ix.X); m != "" {
						add(m, ix.Index)
					}
				}
			}
		case *ast.SelectorExpr:
			if m := mapField(n); m != "" && !seen[n] {
				add(m, nil)
			}
		}
		return true
	})
	return out
}

// builderWriter evaluates the chain x ends (the receiver of a terminal
// call): the writer its constructor was given, with the chain's calls,
// innermost last; nil when x is not a builder chain the model follows.
func (f *funcInfo) builderWriter(x ast.Expr, chain *[]*ast.CallExpr, depth int) *types.Var {
	if depth > maxValueDepth {
		return nil
	}
	if v := f.localVar(x); v != nil {
		// resp := reply.To(w) ... resp.Code(401).JSON(e): the chain
		// goes on from the variable's one definition.
		if def, ok := f.builderVars()[v]; ok {
			return f.builderWriter(def, chain, depth+1)
		}
		return nil
	}
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn, _ := typeutil.Callee(f.pkg.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return nil
	}
	b := f.pkg.builderOf(fn)
	if b == nil {
		return nil
	}
	*chain = append(*chain, call)
	if b.Recv {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		return f.builderWriter(sel.X, chain, depth+1)
	}
	if b.WriterParam >= len(call.Args) {
		return nil
	}
	w, role := f.roleOf(call.Args[b.WriterParam])
	if role != knowledge.RoleWriter {
		return nil
	}
	return w
}

// builderVars returns, once, the local variables holding a builder the
// model follows: defined once, from a chain that starts at a constructor
// given the writer, and used only as the start of chains that end in a
// terminal call (resp.Code(401).JSON(e), resp.JSON(v)). A variable whose
// builder is changed by a statement of its own (resp.Code(401) alone),
// passed on, or used in a closure is not one: the writer escapes there.
func (f *funcInfo) builderVars() map[*types.Var]ast.Expr {
	if f.builders != nil {
		return f.builders
	}
	f.builders = map[*types.Var]ast.Expr{}
	info := f.pkg.pass.TypesInfo
	as := f.assignments()
	candidates := map[*types.Var]ast.Expr{}
	for v, defs := range as.of {
		if len(defs) != 1 || defs[0].rhs == nil || defs[0].tuple != -1 || as.escapes[v] {
			continue
		}
		if _, isCall := ast.Unparen(defs[0].rhs).(*ast.CallExpr); !isCall {
			continue
		}
		if structWriter(v.Type()) == nil {
			continue
		}
		candidates[v] = defs[0].rhs
	}
	if len(candidates) == 0 {
		return f.builders
	}
	bad := map[*types.Var]bool{}
	c, ok := f.pkg.cursorOf(f.body)
	if !ok {
		return f.builders
	}
	for cur := range c.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		v, _ := info.Uses[id].(*types.Var)
		if _, ok := candidates[v]; !ok {
			continue
		}
		if !f.terminalChain(cur) {
			bad[v] = true
		}
	}
	for v, def := range candidates {
		if bad[v] {
			continue
		}
		var chain []*ast.CallExpr
		f.builders[v] = def // a cycle through v finds nothing more
		if f.builderWriter(def, &chain, 1) == nil {
			delete(f.builders, v)
		}
	}
	return f.builders
}

// terminalChain reports whether the identifier at cur starts a chain of
// builder calls that ends in a terminal call, in this function's body.
func (f *funcInfo) terminalChain(cur inspector.Cursor) bool {
	info := f.pkg.pass.TypesInfo
	for depth := 0; depth <= maxValueDepth; depth++ {
		sel, ok := cur.Parent().Node().(*ast.SelectorExpr)
		if !ok || sel.X != cur.Node() {
			return false
		}
		call, ok := cur.Parent().Parent().Node().(*ast.CallExpr)
		if !ok || call.Fun != sel {
			return false
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil {
			return false
		}
		if b := f.pkg.builderOf(fn); b != nil && b.Recv {
			cur = cur.Parent().Parent()
			continue
		}
		if writerField(fn.Signature()) == nil {
			return false
		}
		s := f.pkg.summaryOf(fn)
		return s != nil && !s.Opaque && s.WriterField != ""
	}
	return false
}

// builderDef reports whether call defines a builder variable.
func (f *funcInfo) builderDef(call *ast.CallExpr) bool {
	for _, def := range f.builderVars() {
		if ast.Unparen(def) == call {
			return true
		}
	}
	return false
}

// builderHeaders returns the headers the calls of a chain add to the map
// field m: canonical names, "" for one the model cannot name.
func (f *funcInfo) builderHeaders(chain []*ast.CallExpr, m string) []string {
	var out []string
	for _, call := range chain {
		fn, _ := typeutil.Callee(f.pkg.pass.TypesInfo, call).(*types.Func)
		b := f.pkg.builderOf(fn)
		for _, h := range b.Headers {
			if h.Map != m {
				continue
			}
			out = append(out, f.addedName(h, call))
		}
	}
	return out
}

// builderCalls finds, among calls, those ending a builder chain whose
// writer is known, and returns each with the chain's writer; the chain's
// inner calls are recorded in inner.
func (f *funcInfo) builderCalls(calls []*ast.CallExpr, inner map[*ast.CallExpr]bool) map[*ast.CallExpr]builderUse {
	var out map[*ast.CallExpr]builderUse
	info := f.pkg.pass.TypesInfo
	for _, call := range calls {
		if f.builderDef(call) {
			// resp := reply.To(w): the writer goes into a builder whose
			// every use ends in a terminal call, where it is written.
			var chain []*ast.CallExpr
			f.builderWriter(call, &chain, 0)
			for _, c := range chain {
				inner[c] = true
			}
			continue
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		// A chained method (b.WithStatus(401)) only builds: the call that
		// ends the chain writes, or, if the model cannot follow it, the
		// constructor's writer escapes.
		if fn == nil || writerField(fn.Signature()) == nil || f.pkg.builderOf(fn) != nil {
			continue
		}
		s := f.pkg.summaryOf(fn)
		if s == nil || s.Opaque || s.WriterField == "" {
			continue
		}
		var chain []*ast.CallExpr
		w := f.builderWriter(sel.X, &chain, 0)
		if w == nil {
			continue
		}
		for _, c := range chain {
			inner[c] = true
		}
		if out == nil {
			out = make(map[*ast.CallExpr]builderUse)
		}
		out[call] = builderUse{w: w, recv: sel.X, chain: chain, callee: fn, sum: s}
	}
	return out
}

// builderUse is a terminal call of a builder chain.
type builderUse struct {
	w      *types.Var
	recv   ast.Expr
	chain  []*ast.CallExpr
	callee *types.Func
	sum    *WriterSummary
}

// rangedMap returns, for the key variable of a range over a map field of
// f's receiver (for k, vs := range r.headers), that field's name; or of
// a local the variadic options are applied to, with opts set.
func (f *funcInfo) rangedMap(key ast.Expr) (m string, opts bool) {
	id, ok := ast.Unparen(key).(*ast.Ident)
	if !ok {
		return "", false
	}
	obj := f.pkg.pass.TypesInfo.Uses[id]
	if obj == nil {
		return "", false
	}
	ast.Inspect(f.body, func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if !ok || m != "" {
			return m == ""
		}
		if k, ok := rs.Key.(*ast.Ident); ok && f.pkg.pass.TypesInfo.Defs[k] == obj {
			if m = f.recvMapField(rs.X); m == "" {
				m = f.optionMap(rs.X)
				opts = m != ""
			}
		}
		return true
	})
	return m, opts
}

// addedName is the header a builder or option call adds by h: its
// constant name, or the call's argument h.Param names; "" when unknown.
func (f *funcInfo) addedName(h BuilderHeader, call *ast.CallExpr) string {
	if h.Name == "" && h.Param >= 0 && h.Param < len(call.Args) {
		return f.headerName(call.Args[h.Param])
	}
	return h.Name
}

// isRecv reports whether e is the receiver of f, a builder's method.
func (f *funcInfo) isRecv(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && f.recvWriter != nil && f.pkg.pass.TypesInfo.Uses[id] == f.sig.Recv()
}

// usesRecv reports whether one of calls, in a builder's method, calls a
// method of the receiver or hands the receiver on (see recvEvents).
func (f *funcInfo) usesRecv(calls []*ast.CallExpr) bool {
	if f.recvWriter == nil {
		return false
	}
	for _, call := range calls {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && f.isRecv(sel.X) {
			return true
		}
		if slices.ContainsFunc(call.Args, f.isRecv) {
			return true
		}
	}
	return false
}

// recvEvents returns the events of a call, in a builder's method, that
// calls another method writing through the same field (b.writeHeaders(),
// b.compress(data)): that method's summary, with the header maps it
// copies passed on to this method's own summary; or that hands the
// receiver to other code (callback(b)), which may write anything.
func (f *funcInfo) recvEvents(call *ast.CallExpr, fn *types.Func) ([]*Event, bool) {
	if f.recvWriter == nil {
		return nil, false
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && f.isRecv(sel.X) && fn != nil && writerField(fn.Signature()) == f.recvWriter {
		// b.WithStatus(code) writes nothing: its summary is empty.
		s := f.pkg.summaryOf(fn)
		if s == nil || s.Opaque || s.WriterField != f.recvWriter.Name() {
			return []*Event{{Kind: Opaque, Call: call, Writer: f.recvWriter, Callee: fn, bodyParam: -1}}, true
		}
		var out []*Event
		for _, m := range s.HeaderMaps {
			out = append(out, &Event{Kind: SetHeader, Call: call, Writer: f.recvWriter, Callee: fn, Maybe: true, bodyParam: -1, fromMap: m})
		}
		return append(out, f.expandSummary(call, f.recvWriter, fn, s, sel.X, nil)...), true
	}
	if slices.ContainsFunc(call.Args, f.isRecv) {
		return []*Event{{Kind: Opaque, Call: call, Writer: f.recvWriter, Callee: fn, bodyParam: -1}}, true
	}
	return nil, false
}
