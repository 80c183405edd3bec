package redirect

import (
	_ "embed"
	"fmt"
	"strings"

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
	Name:     "redirect",
	Doc:      analysisutil.MustExtractDoc(doc, "redirect"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/redirect",
	Requires: []*analysis.Analyzer{response.Analyzer, directives.Analyzer},
	Run:      funnel.Run(run),
}

// needsLocation lists the redirects that point somewhere. 300 (Multiple
// Choices) may list its choices in the body, 304 (Not Modified) is not a
// redirect, 305 is deprecated.
var needsLocation = map[int]bool{301: true, 302: true, 303: true, 307: true, 308: true}

// keepMethod maps the redirects that let clients switch to GET to the ones
// that keep the method.
var keepMethod = map[int]int{301: 308, 302: 307}

// unsafeMethods are the methods a 301 or 302 turns into a GET.
var unsafeMethods = map[string]bool{"POST": true, "PUT": true, "PATCH": true, "DELETE": true}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[response.Analyzer].(*response.Result)
	for f := range res.Funcs() {
		methods := f.Methods()
		unsafeOnly := len(methods) > 0
		for _, m := range methods {
			unsafeOnly = unsafeOnly && unsafeMethods[m]
		}
		for _, ev := range f.Events {
			if ev.Kind != response.WriteStatus {
				continue
			}
			checkLocation(pass, ev)
			if unsafeOnly {
				checkMethod(pass, ev, methods)
			}
		}
	}
	return nil, nil
}

// checkLocation reports a redirect chosen here without Location on every
// path to it. A redirect a helper chooses on its own is reported inside the
// helper, where it is written.
func checkLocation(pass *analysis.Pass, ev *response.Event) {
	if ev.HasHeader("Location") != response.HeaderUnset {
		return
	}
	for _, v := range ev.Status.Values {
		if !needsLocation[v.Code] || v.Expr == nil {
			continue
		}
		msg := fmt.Sprintf("%s redirect without Location header; set it to the target first, e.g. %s",
			analysisutil.Status(v.Code), checkutil.SetHeaderExample(ev, "Location", "url"))
		if r := ev.Idioms().Redirect; r != "" {
			msg += ", or use " + fmt.Sprintf(r, ev.Writer.Name())
		}
		pass.Report(analysis.Diagnostic{
			Pos:      ev.Call.Pos(),
			End:      ev.Call.End(),
			Category: "location",
			Message:  msg,
			Related:  chosenHere(ev, v),
		})
		return
	}
}

// checkMethod reports a 301 or 302 in a handler that serves only methods
// clients change to GET when they follow it. A helper's own 302
// (redirectHome(w, r)) counts here: the handler picked the helper.
func checkMethod(pass *analysis.Pass, ev *response.Event, methods []string) {
	if ev.Maybe {
		return // the helper may not redirect at all
	}
	for _, v := range ev.Status.Values {
		keep, ok := keepMethod[v.Code]
		if !ok {
			continue
		}
		pass.Report(analysis.Diagnostic{
			Pos:      ev.Call.Pos(),
			End:      ev.Call.End(),
			Category: "method",
			Message: fmt.Sprintf("%s redirect from a %s handler: clients follow it with a GET; send %s to point them at the result, or %s to keep the method",
				analysisutil.Status(v.Code), strings.Join(methods, "/"), analysisutil.Status(303), analysisutil.Status(keep)),
			Related: chosenHere(ev, v),
		})
		return
	}
}

// chosenHere points at the constant when it is chosen away from the write.
func chosenHere(ev *response.Event, v response.StatusValue) []analysis.RelatedInformation {
	if v.Expr == nil || v.Expr.Pos() >= ev.Call.Pos() && v.Expr.End() <= ev.Call.End() {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: v.Expr.Pos(), End: v.Expr.End(), Message: "status chosen here"}}
}
