package badrequest

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/statuslint/statuslint/passes/internal/analysisutil"
	"github.com/statuslint/statuslint/passes/internal/directives"
	"github.com/statuslint/statuslint/passes/internal/funnel"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "badrequest",
	Doc:      analysisutil.MustExtractDoc(doc, "badrequest"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/badrequest",
	Requires: []*analysis.Analyzer{response.Analyzer, directives.Analyzer},
	Run:      funnel.Run(run),
}

// validation is the status the team uses for validation failures: 422 or 400.
var validation = validationFlag(422)

func init() {
	Analyzer.Flags.Var(&validation, "validation", "status for requests that decode but fail validation: 422 (report 400) or 400 (accept 400)")
}

type validationFlag int

func (v *validationFlag) String() string { return fmt.Sprint(int(*v)) }

func (v *validationFlag) Set(s string) error {
	switch s {
	case "422":
		*v = 422
	case "400":
		*v = 400
	default:
		return fmt.Errorf("must be 422 or 400, not %q", s)
	}
	return nil
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[response.Analyzer].(*response.Result)
	seen := map[ast.Node]bool{}
	report := func(ev *response.Event, v response.StatusValue, what string, want int, why ast.Node) {
		var at ast.Node = ev.Call
		if v.Expr != nil {
			at = v.Expr
		}
		if seen[at] {
			return
		}
		seen[at] = true
		d := analysis.Diagnostic{
			Pos:     at.Pos(),
			End:     at.End(),
			Message: fmt.Sprintf("%s for %s; use %s", analysisutil.Status(400), what, analysisutil.Status(want)),
		}
		if why != nil {
			d.Related = []analysis.RelatedInformation{{Pos: why.Pos(), End: why.End(), Message: "the error comes from here"}}
		}
		pass.Report(d)
	}
	for f := range res.Funcs() {
		for _, ev := range f.Events {
			switch ev.Kind {
			case response.WriteStatus:
				for _, v := range ev.Status.Values {
					if v.Code != 400 {
						continue
					}
					o := f.StatusOrigin(ev, v)
					switch {
					case o.Kind == response.OriginConflict:
						report(ev, v, fmt.Sprintf("a conflict (%s)", o.What), 409, o.Node)
					case o.Kind == response.OriginInvalid && validation == 422 && mayHaveBody(f):
						report(ev, v, fmt.Sprintf("a well-formed request that failed validation (%s)", o.What), 422, o.Node)
					default:
						// The message the status goes with names the conflict:
						// c.AbortWithError(400, errors.New("user already exists")),
						// echo.NewHTTPError(400, "email already taken"). Only
						// when 400 is all the call may send: a writer's case
						// among others (apperr.Conflict(msg) handed to one that
						// also answers 400) is not the status the message goes
						// with.
						if codes := ev.Status.Codes(); len(codes) != 1 || ev.Status.Unknown {
							break
						}
						if text := conflictText(pass, ev.Call); text != "" {
							report(ev, v, fmt.Sprintf("a conflict (%q)", text), 409, nil)
						}
					}
				}
			case response.WriteBody:
				// The handler names the conflict itself: 400 "user already exists".
				if ev.Text == "" || !response.IsConflictMessage(ev.Text) {
					continue
				}
				written, implicit, unknown := ev.StatusBefore()
				if implicit || unknown {
					continue
				}
				for _, s := range written {
					for _, v := range s.Status.Values {
						if v.Code == 400 {
							report(s, v, fmt.Sprintf("a conflict (%q)", ev.Text), 409, nil)
						}
					}
				}
			}
		}
	}
	// A mapper's or a table's case, whoever writes what it gives.
	for _, c := range res.Choices() {
		v, at := c.Value, c.At()
		if v.Code != 400 || c.Origin.Kind != response.OriginConflict || seen[at] {
			continue
		}
		seen[at] = true
		d := analysis.Diagnostic{
			Pos:     at.Pos(),
			End:     at.End(),
			Message: fmt.Sprintf("%s for a conflict (%s); use %s", analysisutil.Status(400), c.Origin.What, analysisutil.Status(409)),
		}
		if n := c.Origin.Node; n != nil && (n.Pos() < at.Pos() || n.End() > at.End()) {
			d.Related = []analysis.RelatedInformation{{Pos: n.Pos(), End: n.End(), Message: "the error comes from here"}}
		}
		pass.Report(d)
	}
	return nil, nil
}

// mayHaveBody reports whether f may serve a request with a body: 422 is
// about a body that decoded and failed validation; a GET's query or path
// parameters that fail their checks are a malformed request, and 400 fits.
func mayHaveBody(f *response.Func) bool {
	ms := f.Methods()
	if ms == nil {
		return true
	}
	for _, m := range ms {
		switch m {
		case "POST", "PUT", "PATCH":
			return true
		}
	}
	return false
}

// conflictText returns the message among the arguments of a status write
// — a constant string, or an error errors.New or fmt.Errorf makes of one —
// when it says the request conflicts with the state ("already exists"),
// else "".
func conflictText(pass *analysis.Pass, call ast.Node) string {
	c, ok := call.(*ast.CallExpr)
	if !ok {
		return ""
	}
	for _, arg := range c.Args {
		arg = ast.Unparen(arg)
		if inner, ok := arg.(*ast.CallExpr); ok && len(inner.Args) > 0 {
			if fn, ok := typeutil.Callee(pass.TypesInfo, inner).(*types.Func); ok {
				if name := fn.FullName(); name == "errors.New" || name == "fmt.Errorf" {
					arg = inner.Args[0]
				}
			}
		}
		if tv := pass.TypesInfo.Types[arg]; tv.Value != nil && tv.Value.Kind() == constant.String {
			if text := constant.StringVal(tv.Value); response.IsConflictMessage(text) {
				return text
			}
		}
	}
	return ""
}
