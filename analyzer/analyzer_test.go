package analyzer_test

import (
	"slices"
	"strings"
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

// TestNoDirectiveKeyword: golangci-lint reads every comment that starts
// with //nolint:all as //nolint:all (its nolint filter tests the prefix),
// so a rule named all… would make //nolint:RULE silence every linter.
func TestNoDirectiveKeyword(t *testing.T) {
	for _, a := range analyzer.Analyzers {
		if strings.HasPrefix(a.Name, "all") {
			t.Errorf("rule %s: golangci-lint reads //nolint:%s as //nolint:all", a.Name, a.Name)
		}
	}
	for old, now := range directive.Renamed {
		if !slices.Contains(directive.Rules, now) || slices.Contains(directive.Rules, old) {
			t.Errorf("directive.Renamed: %s -> %s, but the rules are %q", old, now, directive.Rules)
		}
	}
}
