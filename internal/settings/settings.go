// Package settings reads the rule settings that statuslint's
// configuration file (.statuslint.yml) and its golangci-lint plugin share:
// rules to switch off, opt-in rules to switch on, and the analyzers'
// options keyed as on the command line ("badrequest.validation"). One
// reading of one set of keys means a setting cannot mean one thing in the
// file and another in .golangci.yml.
package settings

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/passes/directive"
	"golang.org/x/tools/go/analysis"
)

// Rules is the rule part of the settings.
type Rules struct {
	// Disable lists the rules to switch off.
	Disable []string `json:"disable"`
	// Enable lists the rules to switch on. Only the opt-in rules (those
	// with an enable flag) need it: it sets their NAME.enable flag.
	Enable []string `json:"enable"`
	// Options sets analyzer flags, keyed as on the command line without
	// the dash: "badrequest.validation". Values may be YAML booleans,
	// numbers or strings. A nested map is read as dotted keys, which is
	// also what golangci-lint's configuration loader may make of a key
	// with a dot in it.
	Options map[string]json.RawMessage `json:"options"`
}

// An Assignment is a flag value the settings ask for.
type Assignment struct {
	Key   string     // the setting that asks for it: "enable: retryafter", "options: badrequest.validation"
	Name  string     // the flag as the command spells it: "retryafter.enable"
	Flag  *flag.Flag // the analyzer's flag
	Value string
}

// Resolve checks r against suite and returns the rules it switches off
// and the flag values it asks for, in key order, without setting any.
// The error names every rule or option it does not know, and every value
// that is not a scalar; the rest of the settings are returned with it, so
// that a caller can also report the values their flags reject.
func (r Rules) Resolve(suite []*analysis.Analyzer) (off map[*analysis.Analyzer]bool, assign []Assignment, err error) {
	byName := make(map[string]*analysis.Analyzer, len(suite))
	for _, a := range suite {
		byName[a.Name] = a
	}
	var errs []error
	rule := func(field, name string) *analysis.Analyzer {
		a, ok := byName[directive.Canonical(name)] // an old name still works
		if !ok {
			errs = append(errs, fmt.Errorf("%s: unknown rule %q (rules: %s)", field, name, strings.Join(slices.Sorted(maps.Keys(byName)), ", ")))
		}
		return a
	}

	off = map[*analysis.Analyzer]bool{}
	for _, name := range r.Disable {
		if a := rule("disable", name); a != nil {
			off[a] = true
		}
	}
	for _, name := range r.Enable {
		a := rule("enable", name)
		switch {
		case a == nil:
		case off[a]:
			errs = append(errs, fmt.Errorf("enable: rule %q is also in disable", name))
		case a.Flags.Lookup("enable") != nil:
			assign = append(assign, Assignment{"enable: " + name, a.Name + ".enable", a.Flags.Lookup("enable"), "true"})
		}
		// A rule without an enable flag is on by default: nothing to do.
	}

	opts, err := flatten("", r.Options)
	if err != nil {
		errs = append(errs, err)
	}
	for _, key := range slices.Sorted(maps.Keys(opts)) {
		name, fl, ok := strings.Cut(key, ".")
		if !ok {
			errs = append(errs, fmt.Errorf("options: %q is not RULE.FLAG, e.g. badrequest.validation", key))
			continue
		}
		name = directive.Canonical(name)
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
		assign = append(assign, Assignment{"options: " + key, name + "." + fl, f, v})
	}
	return off, assign, errors.Join(errs...)
}

// Set sets the flag, with an error that names the setting.
func (as Assignment) Set() error {
	if err := as.Flag.Value.Set(as.Value); err != nil {
		return fmt.Errorf("%s: invalid value %q: %v", as.Key, as.Value, err)
	}
	return nil
}

// Reset sets every flag of suite back to its default.
func Reset(suite []*analysis.Analyzer) {
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
