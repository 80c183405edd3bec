package retryafter_test

import (
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/passes/retryafter"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Test runs with -retryafter.enable.
func Test(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	if err := retryafter.Analyzer.Flags.Set("enable", "true"); err != nil {
		t.Fatal(err)
	}
	defer retryafter.Analyzer.Flags.Set("enable", "false")
	analysistest.Run(t, testdata, retryafter.Analyzer,
		"retryafter/...", "example.com/retryafterhelp")
}

// TestDisabled runs with the default: the check is off and reports nothing.
func TestDisabled(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, retryafter.Analyzer, "options/retryafteroff")
}
