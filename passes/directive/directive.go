package directive

import (
	_ "embed"

	"github.com/statuslint/statuslint/passes/internal/analysisutil"
	"github.com/statuslint/statuslint/passes/internal/directives"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "directive",
	Doc:      analysisutil.MustExtractDoc(doc, "directive"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/directive",
	Requires: []*analysis.Analyzer{directives.Analyzer},
	Run:      run,
}

// Rules are the names a directive may give: every analyzer of the suite.
// The list lives with the parser, below the rules; this name is for the
// packages outside passes that cannot import it.
var Rules = directives.Rules

// Renamed maps a rule's old name to its name now; Canonical applies it.
var Renamed = directives.Renamed

// Canonical returns the rule's name now, for a name a user wrote.
func Canonical(name string) string { return directives.Canonical(name) }

// run reports the malformed directives the parser recorded.
func run(pass *analysis.Pass) (any, error) {
	for _, d := range pass.ResultOf[directives.Analyzer].(*directives.Result).Malformed {
		pass.Report(d)
	}
	return nil, nil
}
