// Package crash turns a panic inside a statuslint analyzer into an error
// that names the analyzer, the function being analyzed and its position,
// so that one bug fails one package loudly instead of the whole run.
package crash

import (
	"fmt"
	"go/ast"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
)

// A Panic is a panic inside the analysis of one function, raised again
// with that function attached so the recovery in funnel.Run can name it. The
// response model raises it for its own work, and its Result.Funcs
// iterator for a panic in a check's loop body.
type Panic struct {
	Func  ast.Node // *ast.FuncDecl or *ast.FuncLit
	Value any
	Stack []byte
}

// Wrap attaches fn to a recovered panic value, keeping the innermost
// function when the value already names one. Call it in the deferred
// function that recovered, so the stack is still the panicking one.
func Wrap(fn ast.Node, r any) *Panic {
	if p, ok := r.(*Panic); ok {
		return p
	}
	return &Panic{Func: fn, Value: r, Stack: debug.Stack()}
}

// Error is the error a driver prints for a panic: which analyzer, which
// function, where, what, and the stack for the bug report.
func Error(pass *analysis.Pass, p *Panic) error {
	where := "package " + pass.Pkg.Path()
	if p.Func != nil {
		where = fmt.Sprintf("%s at %s", funcName(p.Func), pass.Fset.Position(p.Func.Pos()))
	}
	return fmt.Errorf("internal error: %s panicked analyzing %s: %v (please report it with this function)\n%s", pass.Analyzer.Name, where, p.Value, p.Stack)
}

func funcName(n ast.Node) string {
	switch n := n.(type) {
	case *ast.FuncDecl:
		if n.Recv != nil && len(n.Recv.List) == 1 {
			return fmt.Sprintf("method (%s).%s", exprString(n.Recv.List[0].Type), n.Name.Name)
		}
		return "func " + n.Name.Name
	case *ast.FuncLit:
		return "a function literal"
	}
	return "a function"
}

func exprString(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return "*" + exprString(e.X)
	case *ast.Ident:
		return e.Name
	case *ast.IndexExpr:
		return exprString(e.X)
	case *ast.IndexListExpr:
		return exprString(e.X)
	}
	return "?"
}
