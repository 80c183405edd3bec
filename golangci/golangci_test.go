package golangci

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
)

// The analyzers' flags belong to the process, so these tests do not run in
// parallel, and each puts the defaults back when it is done.
func restoreDefaults(t *testing.T) {
	t.Cleanup(func() { reset(analyzer.Analyzers) })
}

// flagValue returns the current value of -KEY, e.g. "badrequest.validation".
func flagValue(t *testing.T, key string) string {
	t.Helper()
	rule, name, _ := strings.Cut(key, ".")
	for _, a := range analyzer.Analyzers {
		if a.Name == rule {
			if f := a.Flags.Lookup(name); f != nil {
				return f.Value.String()
			}
		}
	}
	t.Fatalf("no flag -%s", key)
	return ""
}

// wantFlags checks the current value of each flag KEY.
func wantFlags(t *testing.T, after string, want map[string]string) {
	t.Helper()
	for key, w := range want {
		if got := flagValue(t, key); got != w {
			t.Errorf("after %s: -%s = %s, want %s", after, key, got, w)
		}
	}
}

func names(as []*analysis.Analyzer) []string {
	var ns []string
	for _, a := range as {
		ns = append(ns, a.Name)
	}
	return ns
}

func build(t *testing.T, settings any) []*analysis.Analyzer {
	t.Helper()
	p, err := New(settings)
	if err != nil {
		t.Fatalf("New(%v): %v", settings, err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	return as
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("statuslint")
	if err != nil {
		t.Fatal(err)
	}
	restoreDefaults(t)
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
}

// With no settings block golangci-lint passes nil: the suite as the command
// runs it with no flags.
func TestNoSettings(t *testing.T) {
	restoreDefaults(t)
	for _, settings := range []any{nil, map[string]any{}} {
		got := names(build(t, settings))
		if want := names(analyzer.Analyzers); !slices.Equal(got, want) {
			t.Errorf("New(%#v) analyzers = %v, want the whole suite %v", settings, got, want)
		}
		wantFlags(t, fmt.Sprintf("New(%#v)", settings), map[string]string{
			"badrequest.validation":  "422",
			"statuscode.literals":    "false",
			"createdlocation.enable": "false",
			"retryafter.enable":      "false",
		})
	}
}

// The settings as golangci-lint's configuration loader hands them over:
// maps of any, numbers as int, booleans as bool, or either as a string.
func TestSettings(t *testing.T) {
	restoreDefaults(t)
	for _, tc := range []struct {
		name     string
		settings map[string]any
	}{
		{"typed", map[string]any{
			"disable": []any{"superfluouswrite"},
			"enable":  []any{"createdlocation", "retryafter"},
			"options": map[string]any{
				"badrequest.validation": 400,
				"statuscode.literals":   true,
			},
		}},
		{"strings", map[string]any{
			"disable": []any{"superfluouswrite"},
			"enable":  []any{"createdlocation", "retryafter"},
			"options": map[string]any{
				"badrequest.validation": "400",
				"statuscode.literals":   "true",
			},
		}},
		{"float from JSON", map[string]any{
			"disable": []any{"superfluouswrite"},
			"options": map[string]any{
				"badrequest.validation":  400.0,
				"statuscode.literals":    true,
				"createdlocation.enable": true,
				"retryafter.enable":      true,
			},
		}},
		// A loader that splits keys at dots makes nested maps of them.
		{"nested", map[string]any{
			"disable": []any{"superfluouswrite"},
			"enable":  []any{"createdlocation"},
			"options": map[string]any{
				"badrequest": map[string]any{"validation": 400},
				"statuscode": map[string]any{"literals": true},
				"retryafter": map[string]any{"enable": true},
			},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := names(build(t, tc.settings))
			want := slices.DeleteFunc(names(analyzer.Analyzers), func(n string) bool { return n == "superfluouswrite" })
			if !slices.Equal(got, want) {
				t.Errorf("analyzers = %v, want %v", got, want)
			}
			wantFlags(t, "New", map[string]string{
				"badrequest.validation":  "400",
				"statuscode.literals":    "true",
				"createdlocation.enable": "true",
				"retryafter.enable":      "true",
			})
		})
	}
}

// Enabling a rule that is on by default changes nothing.
func TestEnableDefaultRule(t *testing.T) {
	restoreDefaults(t)
	got := names(build(t, map[string]any{"enable": []any{"clienterror"}}))
	if want := names(analyzer.Analyzers); !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want %v", got, want)
	}
}

// A rule's old name (allowheader, now methodallow) still works in the
// settings, as in .statuslint.yml.
func TestOldRuleName(t *testing.T) {
	restoreDefaults(t)
	got := names(build(t, map[string]any{"disable": []any{"allowheader"}}))
	if slices.Contains(got, "methodallow") || len(got) != len(analyzer.Analyzers)-1 {
		t.Errorf("disable: [allowheader]: analyzers %v, want all but methodallow", got)
	}
}

// Each New starts from the defaults: settings do not carry over from an
// earlier configuration in the same process.
func TestReconfigure(t *testing.T) {
	restoreDefaults(t)
	build(t, map[string]any{"options": map[string]any{"statuscode.literals": true, "badrequest.validation": 400}})
	build(t, map[string]any{"options": map[string]any{"badrequest.validation": 422}})
	if got := flagValue(t, "statuscode.literals"); got != "false" {
		t.Errorf("-statuscode.literals = %s after a configuration without it, want false", got)
	}
	if got := flagValue(t, "badrequest.validation"); got != "422" {
		t.Errorf("-badrequest.validation = %s, want 422", got)
	}
}

func TestErrors(t *testing.T) {
	restoreDefaults(t)
	for _, tc := range []struct {
		name     string
		settings map[string]any
		want     []string // substrings of the error
	}{
		{"unknown setting", map[string]any{"disabled": []any{"lateheader"}}, []string{`"disabled"`}},
		{"disable unknown rule", map[string]any{"disable": []any{"latehaeder"}}, []string{`disable: unknown rule "latehaeder"`, "lateheader"}},
		{"enable unknown rule", map[string]any{"enable": []any{"created"}}, []string{`enable: unknown rule "created"`}},
		{"enable and disable", map[string]any{"enable": []any{"retryafter"}, "disable": []any{"retryafter"}}, []string{`"retryafter" is also in disable`}},
		{"option of unknown rule", map[string]any{"options": map[string]any{"badreqest.validation": 400}}, []string{`unknown rule "badreqest"`, "badreqest.validation"}},
		{"unknown option", map[string]any{"options": map[string]any{"badrequest.strict": true}}, []string{`unknown option "badrequest.strict"`, "badrequest.validation"}},
		{"unknown nested option", map[string]any{"options": map[string]any{"statuscode": map[string]any{"literal": true}}}, []string{`unknown option "statuscode.literal"`}},
		{"option of rule without options", map[string]any{"options": map[string]any{"lateheader.enable": true}}, []string{`unknown option "lateheader.enable"`, "no options"}},
		{"option without rule", map[string]any{"options": map[string]any{"validation": 400}}, []string{`"validation" is not RULE.FLAG`}},
		{"bad number", map[string]any{"options": map[string]any{"badrequest.validation": 418}}, []string{"badrequest.validation", `"418"`, "422 or 400"}},
		{"bad boolean", map[string]any{"options": map[string]any{"statuscode.literals": "yes"}}, []string{"statuscode.literals", `"yes"`}},
		{"list value", map[string]any{"options": map[string]any{"statuscode.literals": []any{true}}}, []string{"statuscode.literals", "want a boolean, number or string"}},
		{"set twice", map[string]any{"options": map[string]any{"statuscode.literals": true, "statuscode": map[string]any{"literals": false}}}, []string{`"statuscode.literals" is set twice`}},
		{"options not a map", map[string]any{"options": []any{"statuscode.literals"}}, []string{"options"}},
		{"every offending key", map[string]any{
			"disable": []any{"nosuchrule"},
			"options": map[string]any{"badrequest.validation": 418, "statuscode.literals": "maybe"},
		}, []string{"nosuchrule", "badrequest.validation", "statuscode.literals"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// A valid option alongside the bad ones must not stay set.
			settings := map[string]any{}
			for k, v := range tc.settings {
				settings[k] = v
			}
			if opts, ok := settings["options"].(map[string]any); ok {
				if _, dup := opts["retryafter.enable"]; !dup {
					opts["retryafter.enable"] = true
				}
			}
			p, err := New(settings)
			if err == nil {
				t.Fatalf("New(%v) = %v, want an error", settings, p)
			}
			for _, want := range tc.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not contain %q", err, want)
				}
			}
			if got := flagValue(t, "retryafter.enable"); got != "false" {
				t.Errorf("-retryafter.enable = %s after a failed configuration, want the default false", got)
			}
		})
	}
}
