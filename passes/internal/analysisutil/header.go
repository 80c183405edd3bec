package analysisutil

import (
	"fmt"

	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
)

// RequireHeader reports every status write of code on a path where header
// is not set on every path before it. It is the whole of the allowheader
// and wwwauthenticate checks: they differ only in their words.
//
// A status chosen inside a helper (a constant in respond.Unauthorized) is
// reported inside the helper, where it is written; a status passed to a
// helper is reported at the call, where it is chosen.
func RequireHeader(pass *analysis.Pass, code int, header, example, what string) {
	res := pass.ResultOf[response.Analyzer].(*response.Result)
	for _, f := range res.Funcs() {
		for _, ev := range f.Events {
			if ev.Kind != response.WriteStatus || ev.HasHeader(header) != response.HeaderUnset {
				continue
			}
			for _, v := range ev.Status.Values {
				if v.Code != code || v.Expr == nil {
					continue
				}
				w := ev.Writer.Name()
				pass.Report(analysis.Diagnostic{
					Pos: ev.Call.Pos(),
					End: ev.Call.End(),
					Message: fmt.Sprintf("%d response without %s header; %s, e.g. %s.Header().Set(%q, %s)",
						code, header, what, w, header, example),
					Related: related(ev, v),
				})
				break
			}
		}
	}
}

// related points at the constant when it is chosen away from the write.
func related(ev *response.Event, v response.StatusValue) []analysis.RelatedInformation {
	if v.Expr.Pos() >= ev.Call.Pos() && v.Expr.End() <= ev.Call.End() {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: v.Expr.Pos(), End: v.Expr.End(), Message: "status chosen here"}}
}
