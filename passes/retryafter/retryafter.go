package retryafter

import (
	_ "embed"

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
	Name:     "retryafter",
	Doc:      analysisutil.MustExtractDoc(doc, "retryafter"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/retryafter",
	Requires: []*analysis.Analyzer{response.Analyzer, directives.Analyzer},
	Run:      funnel.Run(run, funnel.OnlyIf(&enable)),
}

// enable turns the check on. It is off by default: Retry-After is
// optional (a MAY in RFC 6585 for 429 and in RFC 9110 for 503).
var enable bool

func init() {
	Analyzer.Flags.BoolVar(&enable, "enable", false, "report 429 and 503 responses without a Retry-After header")
}

func run(pass *analysis.Pass) (any, error) {
	checkutil.HeaderRule{
		Codes:   []int{429, 503},
		Header:  "Retry-After",
		Advice:  "tell the client when to retry",
		Example: `"30"`,
	}.Check(pass)
	return nil, nil
}
