package wwwauthenticate

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strconv"
	"sync"

	"github.com/statuslint/statuslint/passes/internal/analysisutil"
	"github.com/statuslint/statuslint/passes/internal/checkutil"
	"github.com/statuslint/statuslint/passes/internal/directives"
	"github.com/statuslint/statuslint/passes/internal/funnel"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "wwwauthenticate",
	Doc:      analysisutil.MustExtractDoc(doc, "wwwauthenticate"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/wwwauthenticate",
	Requires: []*analysis.Analyzer{response.Analyzer, directives.Analyzer},
	Run:      funnel.Run(run),
}

func run(pass *analysis.Pass) (any, error) {
	checkutil.HeaderRule{
		Codes:   []int{401},
		Header:  "WWW-Authenticate",
		Advice:  "set it to the auth scheme first",
		Example: `"Bearer"`,
		// The same check in many handlers (u, ok := c.Get("user").(*User);
		// if !ok { 401 }) is usually a defensive one behind an auth
		// middleware: one finding for the pattern, not one per handler.
		Group: func(ev *response.Event) string {
			key, _ := ev.CheckedCall()
			return key
		},
		Alternative: func(pass *analysis.Pass, ev *response.Event) string {
			if slices.Contains(ev.Status.Codes(), 403) {
				return "" // the write sends 403 to known clients already
			}
			if what := permissionCheck(ev.Condition()); what != "" {
				return fmt.Sprintf("or use %s if the client is known but not allowed (%s)", analysisutil.Status(403), what)
			}
			if text := refusalText(ev.Call); text != "" {
				return fmt.Sprintf("or use %s if the client is known but not allowed (the response says %q)", analysisutil.Status(403), text)
			}
			return ""
		},
	}.Check(pass)
	return nil, nil
}

// permission matches names that say a check is about what an identified
// client may do (its role, ownership, a permission, a feature switch, a
// CSRF token of a logged-in session) rather than who it is. Names are weak
// evidence, so they only add advice, never a finding.
// (Compiled when first needed: the vet tool starts a process per package.)
var permission = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i:admin|role|owner|perm|allowed|forbid|scope|privilege|csrf|nonce|feature)|^[cC]an[A-Z]`)
})

// permissionCheck returns the condition, as written, when it names a
// permission check, else "".
func permissionCheck(cond ast.Expr) string {
	if cond == nil {
		return ""
	}
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && permission().MatchString(id.Name) {
			found = true
		}
		return !found
	})
	if !found {
		return ""
	}
	s := types.ExprString(cond)
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
}

// refusal matches what a response's own text says when it refuses a
// client for what it may do, not for who it is ("not allowed",
// "forbidden", "permission denied", "access denied").
var refusal = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:not allowed|not permitted|forbidden|permission|access denied)\b`)
})

// refusalText returns the first string literal among the write's
// arguments (http.Error(w, "not allowed", 401), c.JSON(401, gin.H{"error":
// "forbidden"})) that says the client is refused what it may do, else "".
func refusalText(call ast.Node) string {
	c, ok := call.(*ast.CallExpr)
	if !ok {
		return ""
	}
	for _, arg := range c.Args {
		text := ""
		ast.Inspect(arg, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.BasicLit:
				if s, err := strconv.Unquote(n.Value); err == nil && n.Kind == token.STRING && refusal().MatchString(s) {
					text = s
				}
			}
			return text == ""
		})
		if text != "" {
			if len(text) > 40 {
				text = text[:37] + "..."
			}
			return text
		}
	}
	return ""
}
