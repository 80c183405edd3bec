package createdlocation

import (
	_ "embed"
	"slices"

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
	Name:     "createdlocation",
	Doc:      analysisutil.MustExtractDoc(doc, "createdlocation"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/createdlocation",
	Requires: []*analysis.Analyzer{response.Analyzer, directives.Analyzer},
	Run:      funnel.Run(run, funnel.OnlyIf(&enable)),
}

// enable turns the check on. It is off by default: a 201 may rightly
// come without Location, and APIs that answer with the created object
// in the body often leave it out on purpose.
var enable bool

func init() {
	Analyzer.Flags.BoolVar(&enable, "enable", false, "report 201 responses without a Location header")
}

func run(pass *analysis.Pass) (any, error) {
	checkutil.HeaderRule{
		Codes:   []int{201},
		Header:  "Location",
		Advice:  "point the client at the new resource",
		Example: `"/items/"+id`,
		Skip: func(pass *analysis.Pass, f *response.Func) bool {
			// Without Location the created resource is the request's URL (RFC
			// 9110, 15.3.2): right for PUT, MKCOL, LOCK; only a POST lets the
			// server choose where the resource goes.
			if ms := f.Methods(); ms != nil && !slices.Contains(ms, "POST") {
				return true
			}
			return false
		},
	}.Check(pass)
	return nil, nil
}
