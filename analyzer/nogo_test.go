package analyzer_test

import (
	"bytes"
	"encoding/gob"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
)

// TestNogoShape: what Bazel's nogo needs of a suite, and what the
// README's nogo configuration says. Each rule, and the response model, is
// a package of its own (passes/NAME) declaring var Analyzer; every fact a
// rule or what it requires exports is gob-encodable through an interface,
// as facts travel between nogo's actions; the options are Analyzer.Flags,
// which nogo's analyzer_flags set by their plain names; and the README's
// nogo target names every rule.
func TestNogoShape(t *testing.T) {
	suite := append(slices.Clone(analyzer.Analyzers), response.Analyzer)
	for _, a := range suite {
		if !declaresAnalyzer(t, filepath.Join("..", "passes", a.Name)) {
			t.Errorf("rule %s: no package passes/%s declaring var Analyzer, as nogo's deps name it", a.Name, a.Name)
		}
		a.Flags.VisitAll(func(f *flag.Flag) {
			if strings.ContainsAny(f.Name, ". ") {
				t.Errorf("rule %s: flag %q: nogo's analyzer_flags name a flag without the rule", a.Name, f.Name)
			}
		})
	}
	seen := map[*analysis.Analyzer]bool{}
	var facts func(a *analysis.Analyzer)
	facts = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, f := range a.FactTypes {
			gob.Register(f)
			var buf bytes.Buffer
			var in analysis.Fact = reflect.New(reflect.TypeOf(f).Elem()).Interface().(analysis.Fact)
			if err := gob.NewEncoder(&buf).Encode(&in); err != nil {
				t.Errorf("%s: fact %T does not gob-encode: %v", a.Name, f, err)
				continue
			}
			var out analysis.Fact
			if err := gob.NewDecoder(&buf).Decode(&out); err != nil || reflect.TypeOf(out) != reflect.TypeOf(f) {
				t.Errorf("%s: fact %T does not gob-decode: %v (%T)", a.Name, f, err, out)
			}
		}
		for _, r := range a.Requires {
			facts(r)
		}
	}
	for _, a := range suite {
		facts(a)
	}

	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)for rule in \[(.*?)\]`).FindSubmatch(readme)
	if m == nil {
		t.Fatal("README: no nogo target (for rule in [...])")
	}
	var listed []string
	for _, q := range regexp.MustCompile(`"(\w+)"`).FindAllSubmatch(m[1], -1) {
		listed = append(listed, string(q[1]))
	}
	var names []string
	for _, a := range analyzer.Analyzers {
		names = append(names, a.Name)
	}
	slices.Sort(listed)
	slices.Sort(names)
	if !slices.Equal(listed, names) {
		t.Errorf("README's nogo target lists %q, the suite is %q", listed, names)
	}
}

// declaresAnalyzer reports whether a non-test file of dir declares a
// package-level var Analyzer.
func declaresAnalyzer(t *testing.T, dir string) bool {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
				for _, spec := range g.Specs {
					for _, n := range spec.(*ast.ValueSpec).Names {
						if n.Name == "Analyzer" {
							return true
						}
					}
				}
			}
		}
	}
	return false
}
