package createdlocation_test

import (
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/passes/createdlocation"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Test runs with -createdlocation.enable.
func Test(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	if err := createdlocation.Analyzer.Flags.Set("enable", "true"); err != nil {
		t.Fatal(err)
	}
	defer createdlocation.Analyzer.Flags.Set("enable", "false")
	analysistest.Run(t, testdata, createdlocation.Analyzer,
		"createdlocation/...", "example.com/createdlocationhelp")
}

// TestDisabled runs with the default: the check is off and reports nothing.
func TestDisabled(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, createdlocation.Analyzer, "options/createdlocationoff")
}
