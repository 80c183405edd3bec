package checkutil

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/statuslint/statuslint/passes/internal/analysisutil"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
)

// NilTested returns the variable a guard condition compares with nil.
func NilTested(pass *analysis.Pass, cond ast.Expr) *types.Var {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ {
		return nil
	}
	for _, pair := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		id, ok := ast.Unparen(pair[0]).(*ast.Ident)
		if !ok || !pass.TypesInfo.Types[pair[1]].IsNil() {
			continue
		}
		if v, ok := pass.TypesInfo.ObjectOf(id).(*types.Var); ok {
			return v
		}
	}
	return nil
}

// Assigns reports whether call is the right-hand side of an assignment to v
// (err := enc.Encode(x), _, err = w.Write(b)).
func Assigns(pass *analysis.Pass, call *ast.CallExpr, v *types.Var) bool {
	file := analysisutil.File(pass, call.Pos())
	if file == nil {
		return false
	}
	path, _ := astutil.PathEnclosingInterval(file, call.Pos(), call.End())
	for _, n := range path[1:] {
		switch n := n.(type) {
		case *ast.ParenExpr:
			continue
		case *ast.AssignStmt:
			if len(n.Rhs) != 1 || ast.Unparen(n.Rhs[0]) != call {
				return false
			}
			for _, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok && pass.TypesInfo.ObjectOf(id) == v {
					return true
				}
			}
		}
		return false
	}
	return false
}
