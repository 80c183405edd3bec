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
	"errors"
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/settings"
	"golang.org/x/tools/go/analysis"
)

func init() { register.Plugin("statuslint", New) }

// Settings is the settings block of the linter's .golangci.yml entry:
// the keys of the rule settings in statuslint's own .statuslint.yml.
type Settings = settings.Rules

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
	off, assign, err := s.Resolve(suite)
	errs := []error{err}
	reset(suite)
	for _, as := range assign {
		if err := as.Set(); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		reset(suite)
		return nil, err
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
func reset(suite []*analysis.Analyzer) { settings.Reset(suite) }
