// Package golangci is the statuslint plugin for golangci-lint v2's module
// plugin system: it registers the suite under the linter name statuslint,
// with settings that map onto the statuslint command's flags.
//
// golangci-lint links module plugins into its own binary. Build one with
// `golangci-lint custom` and this .custom-gcl.yml next to your go.mod:
//
//	version: v2.15.0
//	plugins:
//	  - module: github.com/statuslint/statuslint
//	    import: github.com/statuslint/statuslint/golangci
//	    version: latest
//
// That builds ./custom-gcl, which reads a .golangci.yml like this one:
//
//	version: "2"
//	linters:
//	  default: none
//	  enable:
//	    - statuslint
//	  settings:
//	    custom:
//	      statuslint:
//	        type: module
//	        description: HTTP status-code mistakes in Go handlers
//	        settings:
//	          disable: [superfluouswrite]           # rules to switch off
//	          enable: [createdlocation, retryafter] # the opt-in rules to switch on
//	          options:                              # named as the command's flags
//	            badrequest.validation: 400
//	            statuscode.literals: true
//
// Every setting is optional; with none, the rules are those of a plain
// `statuslint ./...`. A rule name, option name or option value the suite
// does not know makes golangci-lint stop with an error naming it, so a
// typo cannot silently switch a check off.
//
// All rules report under the one linter name, so `//nolint:statuslint`
// silences every rule on its line; the message starts with the rule's
// name. golangci-lint applies every fix a finding offers under --fix.
//
// The options are the analyzers' own flags, which belong to the process:
// each call of New sets every one of them, to its default or to the
// configured value, so what a run does depends on its settings alone.
package golangci

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
)

func init() { register.Plugin("statuslint", New) }

// Settings is the settings block of the linter's .golangci.yml entry.
type Settings struct {
	// Disable lists the rules to switch off.
	Disable []string `json:"disable"`
	// Enable lists the rules to switch on. Only the opt-in rules (those
	// with an enable flag) need it: it sets their -NAME.enable flag.
	Enable []string `json:"enable"`
	// Options sets analyzer flags, keyed as on the command line without
	// the dash: "badrequest.validation". Values may be YAML booleans,
	// numbers or strings. A nested map is read as dotted keys, which is
	// also what golangci-lint's configuration loader may make of a key
	// with a dot in it.
	Options map[string]json.RawMessage `json:"options"`
}

// plugin is the configured suite.
type plugin struct {
	analyzers []*analysis.Analyzer
}

// New decodes the settings, sets the analyzers' flags from them and
// returns the plugin. The error names every offending key.
func New(raw any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](raw)
	if err != nil {
		return nil, fmt.Errorf("statuslint: %w", err)
	}
	as, err := configure(analyzer.Analyzers, s)
	if err != nil {
		return nil, fmt.Errorf("statuslint: %w", err)
	}
	return &plugin{analyzers: as}, nil
}

func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) { return p.analyzers, nil }

// GetLoadMode asks for type information: every rule reads go/types.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// configure resets the flags of suite to their defaults, applies s, and
// returns the analyzers s leaves on, in suite order. On error the flags
// are back at their defaults, so a failed configuration leaves no trace.
func configure(suite []*analysis.Analyzer, s Settings) ([]*analysis.Analyzer, error) {
	byName := make(map[string]*analysis.Analyzer, len(suite))
	for _, a := range suite {
		byName[a.Name] = a
	}
	var errs []error
	rule := func(field, name string) *analysis.Analyzer {
		a, ok := byName[name]
		if !ok {
			errs = append(errs, fmt.Errorf("%s: unknown rule %q (rules: %s)", field, name, strings.Join(slices.Sorted(maps.Keys(byName)), ", ")))
		}
		return a
	}

	off := map[*analysis.Analyzer]bool{}
	for _, name := range s.Disable {
		if a := rule("disable", name); a != nil {
			off[a] = true
		}
	}

	// Each assignment is a flag and its value, with the key that asked for
	// it, applied in key order so errors come out in a stable order.
	type assignment struct {
		key   string
		flag  *flag.Flag
		value string
	}
	var assign []assignment
	for _, name := range s.Enable {
		a := rule("enable", name)
		switch {
		case a == nil:
		case off[a]:
			errs = append(errs, fmt.Errorf("enable: rule %q is also in disable", name))
		case a.Flags.Lookup("enable") != nil:
			assign = append(assign, assignment{"enable: " + name, a.Flags.Lookup("enable"), "true"})
		}
		// A rule without an enable flag is on by default: nothing to do.
	}

	opts, err := flatten("", s.Options)
	if err != nil {
		errs = append(errs, err)
	}
	for _, key := range slices.Sorted(maps.Keys(opts)) {
		name, fl, ok := strings.Cut(key, ".")
		if !ok {
			errs = append(errs, fmt.Errorf("options: %q is not RULE.FLAG, e.g. badrequest.validation", key))
			continue
		}
		a := rule("options: "+key, name)
		if a == nil {
			continue
		}
		f := a.Flags.Lookup(fl)
		if f == nil {
			errs = append(errs, fmt.Errorf("options: unknown option %q (%s has: %s)", key, name, flagNames(a)))
			continue
		}
		v, err := scalar(opts[key])
		if err != nil {
			errs = append(errs, fmt.Errorf("options: %s: %v", key, err))
			continue
		}
		assign = append(assign, assignment{"options: " + key, f, v})
	}

	reset(suite)
	for _, as := range assign {
		if err := as.flag.Value.Set(as.value); err != nil {
			errs = append(errs, fmt.Errorf("%s: invalid value %q: %v", as.key, as.value, err))
		}
	}
	if len(errs) > 0 {
		reset(suite)
		return nil, errors.Join(errs...)
	}

	var on []*analysis.Analyzer
	for _, a := range suite {
		if !off[a] {
			on = append(on, a)
		}
	}
	return on, nil
}

// reset sets every flag of suite back to its default.
func reset(suite []*analysis.Analyzer) {
	for _, a := range suite {
		a.Flags.VisitAll(func(f *flag.Flag) {
			// A default is a value the flag printed itself: it parses.
			_ = f.Value.Set(f.DefValue)
		})
	}
}

func flagNames(a *analysis.Analyzer) string {
	var names []string
	a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, a.Name+"."+f.Name) })
	if len(names) == 0 {
		return "no options"
	}
	return strings.Join(names, ", ")
}

// flatten turns nested maps into dotted keys: {badrequest: {validation:
// 400}} is badrequest.validation: 400. A key given both ways is an error.
func flatten(prefix string, m map[string]json.RawMessage) (map[string]json.RawMessage, error) {
	out := map[string]json.RawMessage{}
	var errs []error
	for _, k := range slices.Sorted(maps.Keys(m)) {
		key, v := prefix+k, m[k]
		var sub map[string]json.RawMessage
		if bytes.HasPrefix(bytes.TrimSpace(v), []byte("{")) && json.Unmarshal(v, &sub) == nil {
			flat, err := flatten(key+".", sub)
			if err != nil {
				errs = append(errs, err)
			}
			for fk, fv := range flat {
				if _, dup := out[fk]; dup {
					errs = append(errs, fmt.Errorf("options: %q is set twice", fk))
				}
				out[fk] = fv
			}
			continue
		}
		if _, dup := out[key]; dup {
			errs = append(errs, fmt.Errorf("options: %q is set twice", key))
		}
		out[key] = v
	}
	return out, errors.Join(errs...)
}

// scalar returns the flag text for a YAML boolean, number or string.
func scalar(v json.RawMessage) (string, error) {
	var x any
	d := json.NewDecoder(bytes.NewReader(v))
	d.UseNumber() // 400 stays "400", not "400.0" or "4e+02"
	if err := d.Decode(&x); err != nil {
		return "", err
	}
	switch x := x.(type) {
	case bool:
		return fmt.Sprint(x), nil
	case json.Number:
		return x.String(), nil
	case string:
		return x, nil
	}
	return "", fmt.Errorf("want a boolean, number or string, not %s", v)
}
