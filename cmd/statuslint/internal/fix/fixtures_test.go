package fix_test

import (
	"bytes"
	"cmp"
	"go/format"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/cmd/statuslint/internal/fix"
	"github.com/statuslint/statuslint/cmd/statuslint/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// everything is the flags that turn every rule and every fix of the suite on.
var everything = map[string]string{
	"statuscode.literals":    "true",
	"createdlocation.enable": "true",
	"retryafter.enable":      "true",
}

// TestFixtures applies every fix the suite offers on the analysistest
// fixtures, all rules on and all at once, as statuslint -fix would, and
// type-checks the result: a fix must never leave code that does not build,
// and fixes of different rules must compose. Then it analyzes the fixed
// code again: a fix must fix, so no finding may offer one any more. The
// per-rule golden files check each fix's text; this checks what no single
// golden can. It works on a copy of testdata, since it writes the fixes.
func TestFixtures(t *testing.T) {
	if os.Getenv("STATUSLINT_E2E") == "" {
		t.Skip("loads and analyzes every fixture twice: STATUSLINT_E2E=1 runs it (.ci/run does)")
	}
	testdata := t.TempDir()
	if err := os.CopyFS(testdata, os.DirFS(filepath.Join("..", "..", "..", "..", "testdata"))); err != nil {
		t.Fatal(err)
	}
	setFlags(t, everything)
	src := filepath.Join(testdata, "src")
	patterns := []string{"options/..."}
	for _, a := range analyzer.Analyzers {
		if _, err := os.Stat(filepath.Join(src, a.Name)); err == nil {
			patterns = append(patterns, a.Name+"/...")
		}
	}
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax,
		Dir:   src,
		Env:   append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
		Tests: true,
	}
	findings := analyze(t, cfg, patterns)

	res, err := fix.Apply(findings, os.ReadFile)
	if err != nil {
		t.Errorf("fix.Apply: %v", err)
	}
	for _, s := range res.Skipped {
		f := findings[s.Finding]
		switch s.Reason {
		case fix.Conflict:
			// Two findings on one statement may both want to edit it; the
			// second fix waits for the next run, as in the stock drivers.
			t.Logf("%v: %s fix %q skipped: conflicts with %s at %v", f.Pos, f.Rule, f.Fixes[0].Message, findings[s.With].Rule, findings[s.With].Pos)
		default:
			t.Errorf("%v: %s fix %q skipped: %v", f.Pos, f.Rule, f.Fixes[0].Message, s)
		}
	}

	// Some fixes must apply, of every rule that offers them, or this test
	// proves nothing.
	fixedBy := map[string]int{}
	offeredBy := map[string]int{}
	for _, f := range findings {
		if len(f.Fixes) > 0 {
			offeredBy[f.Rule]++
		}
	}
	for _, i := range res.Fixed {
		fixedBy[findings[i].Rule]++
	}
	for rule, n := range offeredBy {
		if fixedBy[rule] == 0 {
			t.Errorf("rule %s offers %d fixes on the fixtures and none applied", rule, n)
		}
	}
	if len(res.Files) == 0 {
		t.Fatal("no fix applied to any fixture")
	}
	t.Logf("%d findings, %d with a fix; applied %d %v to %d files, skipped %d", len(findings), sum(offeredBy), len(res.Fixed), fixedBy, len(res.Files), len(res.Skipped))

	overlay := map[string][]byte{}
	diffs := map[string][]byte{}
	for _, f := range res.Files {
		if formatted, err := format.Source(f.New); err != nil || !bytes.Equal(formatted, f.New) {
			t.Errorf("%s: fixed file is not gofmt'd (%v)", f.Name, err)
		}
		overlay[f.Name] = f.New
		diffs[f.Name] = f.Diff()
	}
	tc := *cfg
	tc.Mode = packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo
	tc.Overlay = overlay
	fixed, err := packages.Load(&tc, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(fixed, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("with fixes applied: %v", e)
		}
		if len(p.Errors) > 0 {
			for _, name := range p.CompiledGoFiles {
				if d := diffs[name]; d != nil {
					t.Logf("%s", d)
				}
			}
		}
	})
	if t.Failed() {
		return
	}

	if err := res.Write(); err != nil {
		t.Fatal(err)
	}
	for _, f := range analyze(t, cfg, patterns) {
		if len(f.Fixes) > 0 {
			t.Errorf("%v: after -fix, %s still offers %q: %s", f.Pos, f.Rule, f.Fixes[0].Message, f.Message)
		}
	}
}

// analyze loads patterns and runs the suite on them, and returns its
// findings in a stable order, which decides conflicts between fixes.
func analyze(t *testing.T, cfg *packages.Config, patterns []string) []report.Finding {
	t.Helper()
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("fixtures do not load")
	}
	graph, err := checker.Analyze(analyzer.Analyzers, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var findings []report.Finding
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%v: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			f := report.FromDiagnostic(act.Package.Fset, act.Analyzer.Name, d, "")
			if len(f.Fixes) > 1 {
				t.Errorf("%v: %s diagnostic offers %d fixes; golangci-lint would apply them all: offer one", f.Pos, f.Rule, len(f.Fixes))
			}
			findings = append(findings, f)
		}
	}
	slices.SortStableFunc(findings, func(x, y report.Finding) int {
		return cmp.Or(cmp.Compare(x.Pos.Filename, y.Pos.Filename), cmp.Compare(x.Pos.Offset, y.Pos.Offset), cmp.Compare(x.Rule, y.Rule))
	})
	return findings
}

// setFlags sets analyzer flags named "analyzer.flag" for the test and
// restores them after it.
func setFlags(t *testing.T, flags map[string]string) {
	t.Helper()
	for name, value := range flags {
		an, fn, _ := strings.Cut(name, ".")
		i := slices.IndexFunc(analyzer.Analyzers, func(a *analysis.Analyzer) bool { return a.Name == an })
		if i < 0 {
			t.Fatalf("no analyzer %s in the suite", an)
		}
		fs := &analyzer.Analyzers[i].Flags
		fl := fs.Lookup(fn)
		if fl == nil {
			t.Fatalf("analyzer %s has no flag %s", an, fn)
		}
		old := fl.Value.String()
		if err := fs.Set(fl.Name, value); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { fs.Set(fl.Name, old) })
	}
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
