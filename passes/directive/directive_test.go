package directive_test

import (
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/passes/directive"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, directive.Analyzer, "directive/...")
}
