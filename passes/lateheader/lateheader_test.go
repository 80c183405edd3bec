package lateheader_test

import (
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/passes/internal/fixtest"
	"github.com/statuslint/statuslint/passes/lateheader"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.RunWithSuggestedFixes(t, testdata, lateheader.Analyzer, "lateheader/...")
	fixtest.CheckGoldens(t, testdata, "lateheader")
}
