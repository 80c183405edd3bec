package methodallow_test

import (
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/passes/methodallow"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, methodallow.Analyzer, "methodallow/...")
}
