package statuscode_test

import (
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/passes/internal/fixtest"
	"github.com/statuslint/statuslint/passes/statuscode"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Test runs with the defaults: only statuses outside 100–599 are reported.
func Test(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, statuscode.Analyzer,
		"statuscode/...", "options/statuscodeliteralsoff", "example.com/statuscodehelp")
}

// TestLiterals runs with -statuscode.literals: numbers net/http names are
// reported too, with a fix that must build.
func TestLiterals(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	if err := statuscode.Analyzer.Flags.Set("literals", "true"); err != nil {
		t.Fatal(err)
	}
	defer statuscode.Analyzer.Flags.Set("literals", "false")
	results := analysistest.RunWithSuggestedFixes(t, testdata, statuscode.Analyzer, "options/statuscodeliterals")
	fixtest.CheckGoldens(t, testdata, "options/statuscodeliterals")

	// The goldens check the edits; the titles are checked here.
	titles := map[string]int{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 1 {
				t.Errorf("%s: %d fixes, want at most one", d.Message, len(d.SuggestedFixes))
			}
			for _, f := range d.SuggestedFixes {
				titles[f.Message]++
			}
		}
	}
	for _, want := range []string{
		"Replace 404 with http.StatusNotFound",
		"Replace 0x1f4 with http.StatusInternalServerError",
		"Replace 409 with nethttp.StatusConflict",
		"Replace 308 with StatusPermanentRedirect",
	} {
		if titles[want] == 0 {
			t.Errorf("no fix titled %q; have %v", want, titles)
		}
	}
}
