package statuscode

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/analysisutil"
	"github.com/statuslint/statuslint/passes/internal/directives"
	"github.com/statuslint/statuslint/passes/internal/funnel"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "statuscode",
	Doc:      analysisutil.MustExtractDoc(doc, "statuscode"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/statuscode",
	Requires: []*analysis.Analyzer{response.Analyzer, directives.Analyzer},
	Run:      funnel.Run(run),
}

// literals turns on the second half of the check: numeric literals where
// net/http names the status.
var literals bool

func init() {
	Analyzer.Flags.BoolVar(&literals, "literals", false, "also report a numeric status literal where an http.StatusX constant exists, with a fix")
}

// Categories of the two kinds of report.
const (
	categoryRange   = "range"
	categoryLiteral = "literal"
)

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[response.Analyzer].(*response.Result)
	seen := map[ast.Expr]bool{}
	for f := range res.Funcs() {
		for _, ev := range f.Events {
			if ev.Kind != response.WriteStatus {
				continue
			}
			// A business code read from a field (w.WriteHeader(res.Code)
			// with Code 40401) is wrong where it is read: reported once, at
			// the write, naming the codes.
			var fromField []int
			var where ast.Expr
			for _, v := range ev.Status.Values {
				if v.FromField() && (v.Code < 100 || v.Code > 599) && !slices.Contains(fromField, v.Code) {
					fromField = append(fromField, v.Code)
					if where == nil {
						where = v.Const
					}
				}
			}
			if len(fromField) > 0 {
				if call, ok := ev.Call.(ast.Expr); ok && !seen[call] {
					seen[call] = true
					d := analysis.Diagnostic{
						Pos:      call.Pos(),
						End:      call.End(),
						Category: categoryRange,
						Message:  fmt.Sprintf("status %s read from a field is not an HTTP status code (100–599): a business code? write its HTTP status", joinInts(fromField)),
					}
					if where != nil {
						d.Related = []analysis.RelatedInformation{{Pos: where.Pos(), End: where.End(), Message: "the value comes from here"}}
					}
					pass.Report(d)
				}
			}
			for _, v := range ev.Status.Values {
				if v.FromField() && (v.Code < 100 || v.Code > 599) {
					continue
				}
				// Reported where the constant is, when this package
				// holds it; else where the value enters this package (a
				// call of another package's constructor). Expr nil:
				// chosen in a helper, reported there.
				at := v.Const
				if at == nil && v.Expr != nil && (v.Code < 100 || v.Code > 599) && pass.TypesInfo.Types[v.Expr].Value == nil {
					// Another package's constructor: this package does
					// not hold the constant. (A closure's call is
					// reported inside the closure.)
					if call, isCall := v.Expr.(*ast.CallExpr); isCall {
						if fn := typeutil.StaticCallee(pass.TypesInfo, call); fn != nil && fn.Pkg() != pass.Pkg {
							at = v.Expr
						}
					}
				}
				if at == nil || seen[at] {
					continue
				}
				if !literals && v.Code >= 100 && v.Code <= 599 {
					seen[at] = true
					continue // nothing to report: a valid code
				}
				// (Asked only of what would be reported: it walks the file.)
				if ev.Guard != nil && pairedWithNilError(pass, v.Const) {
					continue // the write is on an error path; this status goes with no error
				}
				seen[at] = true
				v.Expr = at
				switch {
				case (v.Code < 100 || v.Code > 599) && !sentinel(pass, f.Node, v):
					pass.Report(analysis.Diagnostic{
						Pos:      v.Expr.Pos(),
						End:      v.Expr.End(),
						Category: categoryRange,
						Message:  fmt.Sprintf("status %d is not an HTTP status code (100–599); use an http.Status constant", v.Code),
					})
				case literals:
					reportLiteral(pass, v)
				}
			}
		}
	}
	ignoredParams(pass, res)
	return nil, nil
}

// joinInts is "40401", "40401 or 50001".
func joinInts(xs []int) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, fmt.Sprint(x))
	}
	return strings.Join(parts, " or ")
}

// sentinel reports whether v is the initial value of a variable that the
// function tests against that same value: statusCode := 0, then
// if statusCode == 0 { statusCode = http.StatusOK }. The model follows
// definitions, not conditions, so the 0 seems to reach the write; it does
// not, and it means "not chosen yet".
func sentinel(pass *analysis.Pass, fn ast.Node, v response.StatusValue) bool {
	info := pass.TypesInfo
	var obj types.Object
	ast.Inspect(fn, func(n ast.Node) bool {
		if obj != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, rhs := range n.Rhs {
					if rhs == v.Expr {
						if id, ok := ast.Unparen(n.Lhs[i]).(*ast.Ident); ok {
							obj = info.ObjectOf(id)
						}
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, val := range n.Values {
					if val == v.Expr {
						obj = info.ObjectOf(n.Names[i])
					}
				}
			}
		}
		return true
	})
	if obj == nil {
		return false // written directly, not through a variable
	}
	isObj := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.ObjectOf(id) == obj
	}
	isCode := func(e ast.Expr) bool {
		tv := info.Types[e]
		if tv.Value == nil {
			return false
		}
		c, ok := constant.Int64Val(constant.ToInt(tv.Value))
		return ok && c == int64(v.Code)
	}
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				found = isObj(n.X) && isCode(n.Y) || isObj(n.Y) && isCode(n.X)
			}
		case *ast.SwitchStmt:
			if n.Tag != nil && isObj(n.Tag) {
				for _, c := range n.Body.List {
					for _, e := range c.(*ast.CaseClause).List {
						found = found || isCode(e)
					}
				}
			}
		}
		return true
	})
	return found
}

// pairedWithNilError reports whether c is a result of a return statement
// that returns a nil error beside it: return user, 0, nil. A function
// returning (…, int, error) chooses a status for its errors; with no
// error the int is a placeholder, and a write on the caller's error path
// never sends it. (Written on the success path, it is reported.)
func pairedWithNilError(pass *analysis.Pass, c ast.Expr) bool {
	if c == nil {
		return false
	}
	file := analysisutil.File(pass, c.Pos())
	if file == nil {
		return false
	}
	path, _ := astutil.PathEnclosingInterval(file, c.Pos(), c.End())
	var ret *ast.ReturnStmt
	for _, n := range path {
		switch n := n.(type) {
		case *ast.ReturnStmt:
			if ret == nil {
				ret = n
			}
		case *ast.FuncLit, *ast.FuncDecl:
			if ret == nil {
				return false
			}
			var sig *types.Signature
			if lit, ok := n.(*ast.FuncLit); ok {
				sig, _ = pass.TypesInfo.TypeOf(lit).(*types.Signature)
			} else if fn, ok := pass.TypesInfo.Defs[n.(*ast.FuncDecl).Name].(*types.Func); ok {
				sig = fn.Signature()
			}
			if sig == nil || sig.Results().Len() != len(ret.Results) {
				return false // return g(): no pairing to read
			}
			if !slices.ContainsFunc(ret.Results, func(r ast.Expr) bool { return ast.Unparen(r) == c }) {
				return false // part of a result, not the result itself
			}
			for i, r := range ret.Results {
				if types.Identical(sig.Results().At(i).Type(), errorType) {
					id, ok := ast.Unparen(r).(*ast.Ident)
					return ok && pass.TypesInfo.Uses[id] == types.Universe.Lookup("nil")
				}
			}
			return false
		}
	}
	return false
}

var errorType = types.Universe.Lookup("error").Type()

// reportLiteral reports a status written as a number that net/http names,
// with the fix that names it.
func reportLiteral(pass *analysis.Pass, v response.StatusValue) {
	lit, ok := ast.Unparen(v.Expr).(*ast.BasicLit)
	if !ok || lit.Kind != token.INT {
		return
	}
	file := analysisutil.File(pass, lit.Pos())
	if file == nil || ast.IsGenerated(file) {
		return // nobody edits generated code by hand
	}
	qualified := analysisutil.StatusConst(v.Code)
	if qualified == "" {
		return // 299, 499: no constant to use instead
	}
	_, constName, _ := strings.Cut(qualified, ".")
	d := analysis.Diagnostic{
		Pos:      lit.Pos(),
		End:      lit.End(),
		Category: categoryLiteral,
		Message:  fmt.Sprintf("status %s written as a number; use %s", lit.Value, qualified),
	}
	// The fix needs a name for net/http that resolves here; without one
	// (a local variable called http shadows it) the report stands alone.
	repl, edits, ok := constRef(pass, file, lit.Pos(), constName)
	if !ok {
		pass.Report(d)
		return
	}
	d.Message = fmt.Sprintf("status %s written as a number; use %s", lit.Value, repl)
	d.SuggestedFixes = []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Replace %s with %s", lit.Value, repl),
		TextEdits: append([]analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(repl)}}, edits...),
	}}
	pass.Report(d)
}

// constRef returns how the file names net/http's constant at pos: bare
// inside net/http and where the file dot-imports it, else qualified by the
// file's name for the package, with the edit that adds the import when the
// file lacks it. ok is false when no name resolves.
func constRef(pass *analysis.Pass, file *ast.File, pos token.Pos, constName string) (string, []analysis.TextEdit, bool) {
	dot := pass.Pkg.Path() == "net/http"
	for _, imp := range file.Imports {
		if imp.Name != nil && imp.Name.Name == "." && imp.Path.Value == `"net/http"` {
			dot = true
		}
	}
	if dot {
		if scope := pass.Pkg.Scope().Innermost(pos); scope != nil {
			if _, obj := scope.LookupParent(constName, pos); obj != nil {
				if c, ok := obj.(*types.Const); ok && c.Pkg() != nil && c.Pkg().Path() == "net/http" {
					return constName, nil, true
				}
			}
		}
		if pass.Pkg.Path() == "net/http" {
			return "", nil, false // net/http cannot import itself
		}
	}
	name, edits, ok := analysisutil.PkgName(pass, file, pos, "net/http", "http")
	return name + "." + constName, edits, ok
}
