package apidoc_test

import (
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/passes/apidoc"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, apidoc.Analyzer, "apidoc/...")
}

// TestUnsent runs with -apidoc.unsent.
func TestUnsent(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	if err := apidoc.Analyzer.Flags.Set("unsent", "true"); err != nil {
		t.Fatal(err)
	}
	defer apidoc.Analyzer.Flags.Set("unsent", "false")
	analysistest.Run(t, testdata, apidoc.Analyzer, "options/apidocunsent")
}
