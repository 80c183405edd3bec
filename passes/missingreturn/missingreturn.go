package missingreturn

import (
	"bytes"
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
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
	Name:     "missingreturn",
	Doc:      analysisutil.MustExtractDoc(doc, "missingreturn"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/missingreturn",
	Requires: []*analysis.Analyzer{response.Analyzer, directives.Analyzer},
	Run:      funnel.Run(run),
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[response.Analyzer].(*response.Result)
	reported := map[ast.Node]bool{}
	for f := range res.Funcs() {
		for _, w := range f.Events {
			// The next handler of a chain writes a response of its own.
			if w.Kind != response.WriteStatus && w.Kind != response.WriteBody && !w.HandsOff || w.Maybe {
				continue
			}
			for _, e := range w.PendingErrors() {
				if e.Call == w.Call || reported[e.Call] || !startsResponse(e) {
					continue
				}
				// gin's c.AbortWithStatus stops the chain: a c.Next()
				// after it runs nothing more.
				if w.HandsOff && aborted(f, e) {
					continue
				}
				if e.Discarded {
					reported[e.Call] = true
					pass.Report(analysis.Diagnostic{
						Pos: e.Call.Pos(),
						End: e.Call.End(),
						Message: fmt.Sprintf("%s writes an error response on some paths and says so in its result, which is dropped; the handler goes on to write again: check the result and return",
							callName(pass, e.Call)),
						Related: []analysis.RelatedInformation{{Pos: w.Call.Pos(), End: w.Call.End(), Message: "written again here"}},
					})
					continue
				}
				stmts, start, end, ok := e.Branch()
				// An error response outside any branch, followed by a
				// write, is a second response on every path: superfluouswrite.
				if !ok || len(stmts) == 0 {
					continue
				}
				// A later write in the same branch is superfluouswrite's too:
				// the branch itself writes twice.
				if start <= w.Call.Pos() && w.Call.Pos() < end {
					continue
				}
				// A status alone, then a body: the body of that same
				// response, not a second one (if err != nil {
				// w.WriteHeader(500) }; fmt.Fprint(w, msg)).
				if w.Kind == response.WriteBody && statusOnly(f, e, end) {
					continue
				}
				reported[e.Call] = true
				report(pass, f, e, w, stmts)
			}
		}
	}
	return nil, nil
}

// startsResponse reports whether e may be the start of an error response:
// not an error event in a stream whose status has already left (a server-
// sent "event: error" after a 200), nor the body of an error response
// begun earlier in the same branch (reported at its start).
func startsResponse(e *response.Event) bool {
	if some, _ := e.WrittenBefore(); some {
		return false
	}
	if _, _, unknown := e.StatusBefore(); unknown {
		return false
	}
	_, start, end, _ := e.Branch()
	for _, p := range e.PendingErrors() {
		if p.Call != e.Call && start <= p.Call.Pos() && p.Call.Pos() < end {
			return false
		}
	}
	return true
}

// aborted reports whether the call that wrote e also stopped the chain.
func aborted(f *response.Func, e *response.Event) bool {
	for _, o := range f.Events {
		if o.Call == e.Call && o.Aborts {
			return true
		}
	}
	return false
}

// statusOnly reports whether e writes a status and nothing else to its
// response before its branch ends at end.
func statusOnly(f *response.Func, e *response.Event, end token.Pos) bool {
	if e.Kind != response.WriteStatus {
		return false
	}
	for _, o := range f.Events {
		if o.Writer == e.Writer && o.Kind == response.WriteBody && (o.Call == e.Call || e.Call.Pos() < o.Call.Pos() && o.Call.Pos() < end) {
			return false
		}
	}
	return true
}

func report(pass *analysis.Pass, f *response.Func, e, w *response.Event, stmts []ast.Stmt) {
	name := callName(pass, e.Call)
	d := analysis.Diagnostic{
		Pos:     e.Call.Pos(),
		End:     e.Call.End(),
		Message: fmt.Sprintf("%s writes an error response but the handler goes on to write again; add a return after it", name),
		Related: []analysis.RelatedInformation{{Pos: w.Call.Pos(), End: w.Call.End(), Message: "written again here"}},
	}
	if edit, ok := returnEdit(pass, f, stmts); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Add return after " + name,
			TextEdits: []analysis.TextEdit{edit},
		}}
	}
	pass.Report(d)
}

// returnEdit inserts a return after the last statement of the branch: only
// in a function without results (a return there would need values the fix
// cannot choose), and only where control can fall out of the branch.
func returnEdit(pass *analysis.Pass, f *response.Func, stmts []ast.Stmt) (analysis.TextEdit, bool) {
	if f.Signature().Results().Len() != 0 {
		return analysis.TextEdit{}, false
	}
	last := stmts[len(stmts)-1]
	switch s := last.(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		// A break or continue leads elsewhere: the right fix is not a return.
		return analysis.TextEdit{}, false
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok && isPanic(pass, call) {
			return analysis.TextEdit{}, false
		}
	}
	indent := analysisutil.Indent(pass, last.Pos())
	// Insert at the end of the line, after any trailing comment, unless more
	// code follows the statement on its line.
	at, ok := lineEnd(pass, last.End())
	if !ok {
		return analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte("; return")}, true
	}
	return analysis.TextEdit{Pos: at, End: at, NewText: []byte("\n" + indent + "return")}, true
}

// lineEnd returns the end of the line holding pos, when only blanks or a
// line comment follow pos on it.
func lineEnd(pass *analysis.Pass, pos token.Pos) (token.Pos, bool) {
	tf := pass.Fset.File(pos)
	if tf == nil {
		return pos, false
	}
	content, err := pass.ReadFile(tf.Name())
	if err != nil {
		return pos, false
	}
	off := tf.Offset(pos)
	end := off
	for end < len(content) && content[end] != '\n' {
		end++
	}
	rest := bytes.TrimSpace(content[off:end])
	if len(rest) > 0 && !bytes.HasPrefix(rest, []byte("//")) {
		return pos, false
	}
	return tf.Pos(end), true
}

func isPanic(pass *analysis.Pass, call *ast.CallExpr) bool {
	b, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Builtin)
	return ok && b.Name() == "panic"
}

// callName names the call that wrote the error as the handler wrote it:
// http.Error, respond.Error, w.WriteHeader(http.StatusBadRequest).
func callName(pass *analysis.Pass, n ast.Node) string {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return "the call"
	}
	fun := types.ExprString(call.Fun)
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodVal {
			// A method of the response: its arguments say what it writes.
			if full := types.ExprString(call); len(full) <= 60 {
				return full
			}
			return fun + "(...)"
		}
	}
	return fun
}
