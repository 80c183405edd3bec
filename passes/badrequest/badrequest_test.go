package badrequest_test

import (
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/passes/badrequest"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, badrequest.Analyzer, "badrequest/...")
}

// TestConvention400 runs with the option for teams that answer validation
// failures with 400: only conflicts are reported.
func TestConvention400(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	if err := badrequest.Analyzer.Flags.Set("validation", "400"); err != nil {
		t.Fatal(err)
	}
	defer badrequest.Analyzer.Flags.Set("validation", "422")
	analysistest.Run(t, testdata, badrequest.Analyzer, "options/badrequest400")
}

func TestBadFlag(t *testing.T) {
	if err := badrequest.Analyzer.Flags.Set("validation", "418"); err == nil {
		t.Error("-validation=418 accepted; want an error")
	}
}
