package superfluouswrite_test

import (
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/passes/superfluouswrite"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, superfluouswrite.Analyzer, "superfluouswrite/...")
}

// TestFrameworkPackage: a framework's own package implements the writes
// its handlers make, and is not checked (huma's transformAndWrite sets
// 499 again, for its loggers, after the status has gone).
func TestFrameworkPackage(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, superfluouswrite.Analyzer, "github.com/danielgtaylor/huma/v2")
}
