package wwwauthenticate

import (
	_ "embed"

	"github.com/statuslint/statuslint/passes/internal/analysisutil"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "wwwauthenticate",
	Doc:      analysisutil.MustExtractDoc(doc, "wwwauthenticate"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/wwwauthenticate",
	Requires: []*analysis.Analyzer{response.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	analysisutil.RequireHeader(pass, 401, "WWW-Authenticate", `"Bearer"`, "set it to the auth scheme first")
	return nil, nil
}
