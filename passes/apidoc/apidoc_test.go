package apidoc_test

import (
	"path/filepath"
	"strings"
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

// TestOperationRelated: a finding about huma's Errors names, as related
// places, the operations that omit the status, and only those.
func TestOperationRelated(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	results := analysistest.Run(t, testdata, apidoc.Analyzer, "apidoc/humaerrors")
	found := false
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if !strings.HasPrefix(d.Message, "archiveItem returns a 410 error") {
				continue
			}
			found = true
			if len(d.Related) != 1 || d.Related[0].Message != "the operation of DELETE /items/{id}/archive" {
				t.Errorf("related places of %q: %+v, want the DELETE operation alone", d.Message, d.Related)
			}
		}
	}
	if !found {
		t.Error("no finding for archiveItem's 410")
	}
}
