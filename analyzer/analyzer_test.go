package analyzer_test

import (
	"slices"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/passes/directive"
)

// TestDirectiveRules: the rule names //statuslint:ignore accepts are the
// suite's, so a typo is reported and a real rule never is.
func TestDirectiveRules(t *testing.T) {
	var names []string
	for _, a := range analyzer.Analyzers {
		names = append(names, a.Name)
	}
	if !slices.Equal(names, directive.Rules) {
		t.Errorf("directive.Rules = %q,\nthe suite has %q: update passes/internal/directives", directive.Rules, names)
	}
}
