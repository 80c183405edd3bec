package bodylessstatus

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/analysisutil"
	"github.com/statuslint/statuslint/passes/internal/directives"
	"github.com/statuslint/statuslint/passes/internal/funnel"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "bodylessstatus",
	Doc:      analysisutil.MustExtractDoc(doc, "bodylessstatus"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/bodylessstatus",
	Requires: []*analysis.Analyzer{response.Analyzer, directives.Analyzer},
	Run:      funnel.Run(run),
}

// bodyless reports whether a final status forbids a body, as net/http's
// bodyAllowedForStatus does. The other 1xx codes are informational: net/http
// sends them at once, and a body after them goes out with an implicit 200.
func bodyless(code int) bool {
	return code == 101 || code == 204 || code == 304
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[response.Analyzer].(*response.Result)
	for f := range res.Funcs() {
		for _, ev := range f.Events {
			// w.Write(nil) is harmless; a helper that writes on some paths
			// may not write on this one.
			if ev.Kind != response.WriteBody || ev.Maybe || ev.Shape == response.ShapeNil {
				continue
			}
			written, implicit, unknown := ev.StatusBefore()
			if unknown || implicit || len(written) == 0 {
				continue
			}
			// Every status that may be in effect must forbid a body: a status
			// variable that is 204 on one path and 200 on another is fine.
			var codes []int
			ok := true
			for _, s := range written {
				if s.Status.Unknown || len(s.Status.Values) == 0 {
					ok = false
				}
				for _, v := range s.Status.Values {
					if !bodyless(v.Code) { // also a helper's status parameter (Code 0)
						ok = false
					}
					if !containsInt(codes, v.Code) {
						codes = append(codes, v.Code)
					}
				}
			}
			if !ok {
				continue
			}
			pass.Report(diagnostic(ev, written, codes))
		}
	}
	return nil, nil
}

func diagnostic(ev *response.Event, written []*response.Event, codes []int) analysis.Diagnostic {
	var names []string
	for _, c := range codes {
		names = append(names, analysisutil.Status(c))
	}
	fix := "drop the body or send 200"
	if len(codes) == 1 && codes[0] == 101 {
		fix = "drop the body, or hijack the connection to speak the new protocol"
	}
	var related []analysis.RelatedInformation
	for _, s := range written {
		if s.Call == ev.Call {
			continue // http.Error(w, msg, 204): one call does both
		}
		related = append(related, analysis.RelatedInformation{Pos: s.Call.Pos(), End: s.Call.End(), Message: "status written here"})
	}
	which := "which cannot have one"
	if len(codes) > 1 {
		which = "which cannot have one either way"
	}
	return analysis.Diagnostic{
		Pos:     ev.Call.Pos(),
		End:     ev.Call.End(),
		Message: fmt.Sprintf("body written after %s, %s; %s", strings.Join(names, " or "), which, fix),
		Related: related,
	}
}

func containsInt(list []int, x int) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}
