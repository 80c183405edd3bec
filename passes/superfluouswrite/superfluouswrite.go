package superfluouswrite

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"github.com/statuslint/statuslint/passes/internal/analysisutil"
	"github.com/statuslint/statuslint/passes/internal/checkutil"
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
	Name:     "superfluouswrite",
	Doc:      analysisutil.MustExtractDoc(doc, "superfluouswrite"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/superfluouswrite",
	Requires: []*analysis.Analyzer{response.Analyzer, directives.Analyzer},
	Run:      funnel.Run(run),
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[response.Analyzer].(*response.Result)
	for f := range res.Funcs() {
		// A test double writing twice is usually the point of the test
		// (a middleware must keep the first status).
		if checkutil.InTestFile(pass, f) {
			continue
		}
		for _, ev := range f.Events {
			// A helper that writes on some paths only usually tells its
			// caller through a result the model does not follow.
			if ev.Kind != response.WriteStatus || ev.Maybe {
				continue
			}
			// some leaves out an earlier error response that was not
			// followed by a return (missingreturn reports that one, at the
			// error); every counts any write on every path.
			if some, every := ev.WrittenBefore(); !some && !every {
				continue
			}
			// gin drops the same status again without a word (a second
			// body with it is still appended: that is reported).
			if ev.RepeatsStatus() && !writesBody(f, ev) {
				continue
			}
			written, _, _ := ev.StatusBefore()
			// Nothing written before it in the source: the earlier write is
			// an earlier iteration's, and loops usually carry a flag the
			// model does not follow (if !wrote { w.WriteHeader(200); wrote = true }).
			if !writtenAbove(f, ev) || loopCarried(pass, ev, written) {
				continue
			}
			// The error path of a first write that fails whole: nothing was
			// sent, or nobody is listening.
			if onFailureOfFirstWrite(pass, f, ev) {
				continue
			}
			pass.Report(diagnostic(f, ev, written))
		}
	}
	return nil, nil
}

func diagnostic(f *response.Func, ev *response.Event, written []*response.Event) analysis.Diagnostic {
	var related []analysis.RelatedInformation
	for _, w := range written {
		if w == ev || w.Maybe || w.Call == ev.Call {
			continue
		}
		related = append(related, analysis.RelatedInformation{Pos: w.Call.Pos(), End: w.Call.End(), Message: "status first written here"})
	}
	name := callName(ev.Call)
	what, fix := "the status was already written", "remove it or return after the first write"
	if len(related) == 0 && ev.BodyBefore() {
		what, fix = "the body was written (which sent 200)", "write the status before the body"
	}
	msg := fmt.Sprintf("%s after %s is ignored (superfluous response.WriteHeader call); %s", name, what, fix)
	if writesBody(f, ev) {
		// http.Error, respond.Error: the status is dropped, the body is not.
		msg = fmt.Sprintf("%s after %s: its status is ignored (superfluous response.WriteHeader call) and its body appended; return after the first write", name, what)
	}
	return analysis.Diagnostic{Pos: ev.Call.Pos(), End: ev.Call.End(), Message: msg, Related: related}
}

// writtenAbove reports whether a write to ev's response precedes ev in
// the source.
func writtenAbove(f *response.Func, ev *response.Event) bool {
	for _, e := range f.Events {
		if (e.Kind == response.WriteStatus || e.Kind == response.WriteBody || e.Kind == response.Flush) && !e.Maybe &&
			e.Writer == ev.Writer && e.Call.End() <= ev.Call.Pos() {
			return true
		}
	}
	return false
}

// loopCarried reports whether every status written before ev comes from
// an earlier iteration: it is below ev in the source, or in another branch
// of an if or switch that holds both (for _, e := range c.Errors { switch
// { case ...: writeError(c, ...); default: writeError(c, ...) } }). The
// same policy as writtenAbove's, for writes the source order cannot tell.
func loopCarried(pass *analysis.Pass, ev *response.Event, written []*response.Event) bool {
	n := 0
	for _, w := range written {
		if w == ev || w.Maybe || w.Call == ev.Call {
			continue
		}
		n++
		if w.Call.Pos() < ev.Call.Pos() && !exclusive(pass, w.Call, ev.Call) {
			return false
		}
	}
	return n > 0
}

// exclusive reports whether a and b sit in different branches of the
// innermost if or switch that holds both: one pass runs one of them.
func exclusive(pass *analysis.Pass, a, b ast.Node) bool {
	file := analysisutil.File(pass, a.Pos())
	if file == nil {
		return false
	}
	pa, _ := astutil.PathEnclosingInterval(file, a.Pos(), a.End())
	pb, _ := astutil.PathEnclosingInterval(file, b.Pos(), b.End())
	// Paths run from the node to the file: walk them from the root.
	i, j := len(pa)-1, len(pb)-1
	for i > 0 && j > 0 && pa[i-1] == pb[j-1] {
		i, j = i-1, j-1
	}
	if i == 0 || j == 0 {
		return false // one holds the other
	}
	switch common := pa[i].(type) {
	case *ast.IfStmt:
		return (pa[i-1] == common.Body && pb[j-1] == common.Else) || (pa[i-1] == common.Else && pb[j-1] == common.Body)
	case *ast.BlockStmt:
		// The body of a switch: two of its clauses.
		if i+1 < len(pa) {
			switch pa[i+1].(type) {
			case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				return pa[i-1] != pb[j-1]
			}
		}
	}
	return false
}

// onFailureOfFirstWrite reports whether ev is on the error path of the
// first write to the response (but for error responses missingreturn
// reports), and that write fails whole:
// if err := json.NewEncoder(w).Encode(v); err != nil { http.Error(w, ...) }.
func onFailureOfFirstWrite(pass *analysis.Pass, f *response.Func, ev *response.Event) bool {
	if ev.Guard == nil {
		return false
	}
	errVar := checkutil.NilTested(pass, ev.Guard.Cond)
	if errVar == nil {
		return false
	}
	for _, b := range f.Events {
		if b.Kind != response.WriteBody || b.Writer != ev.Writer || b.Maybe || b.Call.End() > ev.Call.Pos() {
			continue
		}
		call, ok := b.Call.(*ast.CallExpr)
		if !ok {
			continue
		}
		fn, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
		if !response.FailsWhole(fn) {
			continue
		}
		// The first write: nothing before it but headers.
		written, _, unknown := b.StatusBefore()
		// The call's own status (render.Render's payload may choose one)
		// is part of the write that failed.
		written = slices.DeleteFunc(written, func(s *response.Event) bool { return s.Call == b.Call })
		// An error response before it with no return after it, on some
		// paths, is missingreturn's finding: on the other paths the write
		// is the first.
		pending := b.PendingErrors()
		written = slices.DeleteFunc(written, func(s *response.Event) bool { return slices.Contains(pending, s) })
		own := 0 // c.JSON(200, v) writes its own status with the body
		for _, w := range written {
			if w.Call == b.Call {
				own++
			}
		}
		if some, every := b.WrittenBefore(); (some || every) && own == 0 || b.BodyBefore() && len(pending) == 0 || unknown || len(written) > own {
			continue
		}
		if checkutil.Assigns(pass, call, errVar) {
			return true
		}
	}
	return false
}

// writesBody reports whether the call that writes ev's status also writes a body.
func writesBody(f *response.Func, ev *response.Event) bool {
	for _, b := range f.Events {
		if b.Kind == response.WriteBody && b.Call == ev.Call && b.Writer == ev.Writer && !b.Maybe {
			return true
		}
	}
	return false
}

// callName names the call as written: w.WriteHeader, http.Error, respond.Error.
func callName(n ast.Node) string {
	if c, ok := n.(*ast.CallExpr); ok {
		return types.ExprString(c.Fun)
	}
	if e, ok := n.(ast.Expr); ok {
		return types.ExprString(e)
	}
	return "the write"
}
