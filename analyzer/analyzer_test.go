package analyzer_test

import (
	"go/token"
	"slices"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/passes/response"
)

// TestSuiteNames checks what every driver relies on: each analyzer is
// documented, named by a unique Go identifier (multichecker turns names
// into flags), and built on the response model.
func TestSuiteNames(t *testing.T) {
	if len(analyzer.Analyzers) == 0 {
		t.Fatal("analyzer.Analyzers is empty")
	}
	seen := make(map[string]bool)
	for i, a := range analyzer.Analyzers {
		if a == nil {
			t.Errorf("Analyzers[%d] is nil", i)
			continue
		}
		if !token.IsIdentifier(a.Name) {
			t.Errorf("Analyzers[%d]: name %q is not a valid Go identifier", i, a.Name)
		}
		if seen[a.Name] {
			t.Errorf("Analyzers[%d]: duplicate name %q", i, a.Name)
		}
		seen[a.Name] = true
		if a.Doc == "" {
			t.Errorf("analyzer %q has an empty Doc", a.Name)
		}
		if !slices.Contains(a.Requires, response.Analyzer) {
			t.Errorf("analyzer %q does not require %s", a.Name, response.Analyzer.Name)
		}
	}
}
