package methodallow

import (
	_ "embed"
	"fmt"
	"strconv"
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
	Name:     "methodallow",
	Doc:      analysisutil.MustExtractDoc(doc, "methodallow"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/methodallow",
	Requires: []*analysis.Analyzer{response.Analyzer, directives.Analyzer},
	Run:      funnel.Run(run),
}

func run(pass *analysis.Pass) (any, error) {
	checkutil.HeaderRule{
		PerRoute: true,
		Codes:    []int{405},
		Header:   "Allow",
		Advice:   "set it to the allowed methods first",
		Example:  `"GET, HEAD"`,
		// The methods the handler is registered for or lets through.
		ExampleFor: func(f *response.Func) string {
			if ms := f.Methods(); len(ms) > 0 {
				return strconv.Quote(strings.Join(ms, ", "))
			}
			return ""
		},
		// A handler its package registers only for some methods, writing
		// 405 outside any method check, answers a method it is registered
		// for: the status, not the header, is wrong.
		Reword: func(f *response.Func, ev *response.Event) string {
			if ms := f.Routed(); ms != nil && !ev.MethodChecked() {
				return fmt.Sprintf("405 for a method the handler is registered for (%s): the router answers the others itself; if this is not implemented yet, use %s",
					strings.Join(ms, ", "), analysisutil.Status(501))
			}
			return ""
		},
	}.Check(pass)
	return nil, nil
}
