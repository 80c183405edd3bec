// Package funnel is the one path every statuslint check reports through:
// it honours //statuslint:ignore directives, keeps every finding out of
// generated files, reports directives that silenced nothing, and turns a
// panic into an error naming the analyzer, the function and the position.
//
// Each check wraps its run function:
//
//	Run: funnel.Run(run)
//
// and lists directives.Analyzer in Requires. Doing this inside the
// analyzers, not in a driver, is what makes suppression work the same
// under statuslint, go vet -vettool, golangci-lint and nogo.
package funnel

import (
	"fmt"
	"go/ast"
	"go/token"

	"github.com/statuslint/statuslint/passes/internal/crash"
	"github.com/statuslint/statuslint/passes/internal/directives"
	"golang.org/x/tools/go/analysis"
)

// An Option changes how Run reports.
type Option func(*config)

type config struct {
	enabled *bool
}

// OnlyIf runs the check only while *enabled is true (an opt-in rule's
// -NAME.enable flag). When it is false the rule reports nothing, not even
// the directives naming it: they may be meant for a run that enables it.
func OnlyIf(enabled *bool) Option { return func(c *config) { c.enabled = enabled } }

// Run wraps a check's run function with the reporting funnel.
func Run(run func(*analysis.Pass) (any, error), opts ...Option) func(*analysis.Pass) (any, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	return func(pass *analysis.Pass) (result any, err error) {
		if cfg.enabled != nil && !*cfg.enabled {
			return nil, nil
		}
		name := pass.Analyzer.Name
		dirs := pass.ResultOf[directives.Analyzer].(*directives.Result)
		report := pass.Report
		defer func() { pass.Report = report }()
		used := map[*directives.Directive]bool{}
		var generated map[*token.File]bool
		pass.Report = func(d analysis.Diagnostic) {
			// Generated code is not where its users act: the fix is in
			// the generator's input (the spec), not in the file.
			if generated == nil {
				generated = generatedFiles(pass)
			}
			if generated[pass.Fset.File(d.Pos)] {
				return
			}
			if dir := dirs.Match(pass.Fset, name, d.Pos); dir != nil {
				used[dir] = true
				return
			}
			report(d)
		}
		defer func() {
			if r := recover(); r != nil {
				result, err = nil, crash.Error(pass, crash.Wrap(nil, r))
			}
		}()
		if result, err = run(pass); err != nil {
			return result, err
		}
		for _, dir := range dirs.For(name) {
			if !used[dir] {
				report(analysis.Diagnostic{
					Pos:      dir.Comment.Pos(),
					End:      dir.Comment.End(),
					Category: "unused-directive",
					Message:  fmt.Sprintf("//statuslint:ignore %s silences no %s finding here; remove it, or move it onto or above the line reported", name, name),
				})
			}
		}
		return result, nil
	}
}

func generatedFiles(pass *analysis.Pass) map[*token.File]bool {
	m := map[*token.File]bool{}
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			m[pass.Fset.File(f.FileStart)] = true
		}
	}
	return m
}
