package allowheader

import (
	_ "embed"

	"github.com/statuslint/statuslint/passes/directive"
	"github.com/statuslint/statuslint/passes/internal/analysisutil"
	"github.com/statuslint/statuslint/passes/internal/funnel"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "allowheader",
	Doc:      analysisutil.MustExtractDoc(doc, "allowheader"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/allowheader",
	Requires: []*analysis.Analyzer{response.Analyzer, directive.Analyzer},
	Run:      funnel.Run(run),
}

func run(pass *analysis.Pass) (any, error) {
	analysisutil.HeaderRule{
		Codes:   []int{405},
		Header:  "Allow",
		Advice:  "set it to the allowed methods first",
		Example: `"GET, HEAD"`,
	}.Check(pass)
	return nil, nil
}
