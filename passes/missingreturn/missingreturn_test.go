package missingreturn_test

import (
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/passes/internal/fixtest"
	"github.com/statuslint/statuslint/passes/missingreturn"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.RunWithSuggestedFixes(t, testdata, missingreturn.Analyzer, "missingreturn/...")
	fixtest.CheckGoldens(t, testdata, "missingreturn")
}
