package response_test

import (
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFacts checks the helper summaries and error origins the model exports.
func TestFacts(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, response.Analyzer,
		"example.com/respond", "example.com/auth", "example.com/decode", "example.com/store", "example.com/cyclic", "example.com/fiberhelp", "example.com/fiber3help", "example.com/apperr", "example.com/web", "example.com/statushelp",
		"example.com/reasonerr", "example.com/tally", "example.com/reasonresp", "example.com/reasonsvc", "example.com/callback")
}
