package wwwauthenticate_test

import (
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/passes/wwwauthenticate"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, wwwauthenticate.Analyzer, "wwwauthenticate/...")
}
