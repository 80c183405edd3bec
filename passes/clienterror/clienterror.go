package clienterror

import (
	_ "embed"
	"fmt"
	"go/ast"

	"github.com/statuslint/statuslint/passes/internal/analysisutil"
	"github.com/statuslint/statuslint/passes/internal/directives"
	"github.com/statuslint/statuslint/passes/internal/funnel"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "clienterror",
	Doc:      analysisutil.MustExtractDoc(doc, "clienterror"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/clienterror",
	Requires: []*analysis.Analyzer{response.Analyzer, directives.Analyzer},
	Run:      funnel.Run(run),
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[response.Analyzer].(*response.Result)
	seen := map[ast.Node]bool{} // a status variable can reach several writes
	for f := range res.Funcs() {
		for _, ev := range f.Events {
			if ev.Kind != response.WriteStatus {
				continue
			}
			for _, v := range ev.Status.Values {
				if v.Code < 500 || v.Code > 599 {
					continue
				}
				o := f.StatusOrigin(ev, v)
				if !o.Kind.Client() {
					continue
				}
				var at ast.Node = ev.Call
				if v.Expr != nil {
					at = v.Expr
				}
				if seen[at] {
					continue
				}
				seen[at] = true
				d := analysis.Diagnostic{
					Pos: at.Pos(),
					End: at.End(),
					Message: fmt.Sprintf("%s for an error caused by client input (%s); use %s",
						analysisutil.Status(v.Code), o.What, analysisutil.Status(response.StatusFor(o.Kind))),
				}
				if o.Node != nil {
					d.Related = append(d.Related, analysis.RelatedInformation{Pos: o.Node.Pos(), End: o.Node.End(), Message: "the error comes from here"})
				}
				if at != ev.Call {
					d.Related = append(d.Related, analysis.RelatedInformation{Pos: ev.Call.Pos(), End: ev.Call.End(), Message: "the status is written here"})
				}
				pass.Report(d)
			}
		}
	}
	// A mapper's or a table's case, whoever writes what it gives.
	for _, c := range res.Choices() {
		v, at := c.Value, c.At()
		if v.Code < 500 || v.Code > 599 || !c.Origin.Kind.Client() || seen[at] {
			continue
		}
		seen[at] = true
		d := analysis.Diagnostic{
			Pos: at.Pos(),
			End: at.End(),
			Message: fmt.Sprintf("%s for an error caused by client input (%s); use %s",
				analysisutil.Status(v.Code), c.Origin.What, analysisutil.Status(response.StatusFor(c.Origin.Kind))),
		}
		if n := c.Origin.Node; n != nil {
			d.Related = []analysis.RelatedInformation{{Pos: n.Pos(), End: n.End(), Message: "the error comes from here"}}
		}
		pass.Report(d)
	}
	return nil, nil
}
