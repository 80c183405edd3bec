package statuscode

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"sync"

	"github.com/statuslint/statuslint/passes/internal/analysisutil"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
)

// statusParam matches the names of parameters that carry a status.
var statusParam = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i:status|code|statuscode|httpstatus|httpcode|httpstatuscode|responsecode|respcode)$`)
})

// ignoredParams reports helpers — functions, and closures bound to a
// local variable — given a status they never use: an integer parameter
// named like one that nothing reads, in a function whose every status
// write is a constant, when a call in the package passes another
// status. The callers ask for 404 and get 401: the fix is in the helper.
func ignoredParams(pass *analysis.Pass, res *response.Result) {
	info := pass.TypesInfo
	for f := range res.Funcs() {
		var ftype *ast.FuncType
		var body *ast.BlockStmt
		switch n := f.Node.(type) {
		case *ast.FuncDecl:
			ftype, body = n.Type, n.Body
		case *ast.FuncLit:
			ftype, body = n.Type, n.Body
		}
		if body == nil || ftype.Params == nil {
			continue
		}
		index := 0
		for _, field := range ftype.Params.List {
			names := field.Names
			if len(names) == 0 {
				index++
				continue
			}
			for _, name := range names {
				i := index
				index++
				param, _ := info.Defs[name].(*types.Var)
				if param == nil || !statusParam().MatchString(name.Name) || !isInteger(param.Type()) || uses(info, body, param) {
					continue
				}
				sent, ok := constantStatuses(f)
				if !ok {
					continue
				}
				callee, scope, what := calleeOf(pass, f.Node)
				if callee == nil {
					continue
				}
				var asks []*ast.CallExpr
				var asked []int
				inspectAll(scope, func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					if !ok || calledObject(info, call) != callee || i >= len(call.Args) || call.Ellipsis.IsValid() {
						return true
					}
					tv := info.Types[call.Args[i]]
					if tv.Value == nil || tv.Value.Kind() != constant.Int {
						return true
					}
					code, exact := constant.Int64Val(tv.Value)
					if exact && code >= 100 && code <= 599 && !slices.Contains(sent, int(code)) {
						asks = append(asks, call)
						asked = append(asked, int(code))
					}
					return true
				})
				if len(asks) == 0 {
					continue
				}
				d := analysis.Diagnostic{
					Pos: name.Pos(),
					End: name.End(),
					Message: fmt.Sprintf("%s never uses its parameter %s: it sends %s whatever it is given, and a call asks for %s; write %s",
						what, name.Name, statusList(sent), analysisutil.Status(asked[0]), name.Name),
				}
				for j, call := range asks {
					d.Related = append(d.Related, analysis.RelatedInformation{Pos: call.Pos(), End: call.End(), Message: fmt.Sprintf("asks for %s here", analysisutil.Status(asked[j]))})
				}
				pass.Report(d)
			}
		}
	}
}

// constantStatuses returns the statuses f writes, when every one of its
// status writes is a constant (a helper's too).
func constantStatuses(f *response.Func) ([]int, bool) {
	var codes []int
	for _, ev := range f.Events {
		if ev.Kind == response.Opaque {
			return nil, false // the writer handed to code the model cannot see
		}
		if ev.Kind != response.WriteStatus {
			continue
		}
		if ev.Status.Unknown || len(ev.Status.Values) == 0 {
			return nil, false
		}
		for _, v := range ev.Status.Values {
			if v.Code == 0 {
				return nil, false // a value the model cannot name
			}
			if !slices.Contains(codes, v.Code) {
				codes = append(codes, v.Code)
			}
		}
	}
	slices.Sort(codes)
	return codes, len(codes) > 0
}

// calleeOf returns what calls of the function node name — its func, or
// the local variable a literal is bound to —, the nodes to look for calls
// in, and the function's name.
func calleeOf(pass *analysis.Pass, node ast.Node) (types.Object, []ast.Node, string) {
	switch n := node.(type) {
	case *ast.FuncDecl:
		obj := pass.TypesInfo.Defs[n.Name]
		if obj == nil || n.Recv != nil {
			return nil, nil, "" // a method may implement an interface its callers use
		}
		var files []ast.Node
		for _, f := range pass.Files {
			files = append(files, f)
		}
		return obj, files, n.Name.Name
	case *ast.FuncLit:
		// respondError := func(code int, ...) { ... }: calls in the
		// enclosing function.
		for _, file := range pass.Files {
			if !(file.FileStart <= n.Pos() && n.Pos() < file.FileEnd) {
				continue
			}
			path, _ := astutil.PathEnclosingInterval(file, n.Pos(), n.End())
			if len(path) < 2 {
				return nil, nil, ""
			}
			as, ok := path[1].(*ast.AssignStmt)
			if !ok || as.Tok != token.DEFINE || len(as.Lhs) != len(as.Rhs) {
				return nil, nil, ""
			}
			for i, rhs := range as.Rhs {
				id, ok := as.Lhs[i].(*ast.Ident)
				if rhs != n || !ok {
					continue
				}
				v, _ := pass.TypesInfo.Defs[id].(*types.Var)
				if v == nil {
					return nil, nil, ""
				}
				for _, p := range path[2:] {
					switch p.(type) {
					case *ast.FuncDecl, *ast.FuncLit:
						if assigned(pass.TypesInfo, p, v) {
							return nil, nil, "" // another function may be called through it
						}
						return v, []ast.Node{p}, id.Name
					}
				}
			}
		}
	}
	return nil, nil, ""
}

// inspectAll is ast.Inspect over several nodes.
func inspectAll(nodes []ast.Node, f func(ast.Node) bool) {
	for _, n := range nodes {
		ast.Inspect(n, f)
	}
}

// calledObject returns what a call calls by name: a func, or a variable.
func calledObject(info *types.Info, call *ast.CallExpr) types.Object {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return info.Uses[fun]
	case *ast.SelectorExpr:
		return info.Uses[fun.Sel]
	}
	return nil
}

// uses reports whether body refers to v.
func uses(info *types.Info, body ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// assigned reports whether v is assigned in scope after its definition
// (respondError = other), or has its address taken.
func assigned(info *types.Info, scope ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(scope, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && info.Uses[id] == v {
					found = true
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && info.Uses[id] == v {
				found = true
			}
		}
		return !found
	})
	return found
}

// isInteger reports whether t is an integer type.
func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// statusList is "401 (http.StatusUnauthorized)", "401 (...) or 403 (...)".
func statusList(codes []int) string {
	var s string
	for i, c := range codes {
		switch {
		case i == 0:
		case i == len(codes)-1:
			s += " or "
		default:
			s += ", "
		}
		s += analysisutil.Status(c)
	}
	return s
}
