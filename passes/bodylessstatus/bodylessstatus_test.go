package bodylessstatus_test

import (
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/passes/bodylessstatus"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, bodylessstatus.Analyzer, "bodylessstatus/...")
}
