package analyzer_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestSuiteConcurrent runs the whole suite over every fixture the way the
// drivers do: one response model per package, read by every check at once.
// Its point is `go test -race` (.ci/race.sh runs it so): the model's result
// must not change after its pass, or two checks race on it. Without -race
// it still proves the suite runs on every fixture without an analyzer error.
func TestSuiteConcurrent(t *testing.T) {
	if os.Getenv("STATUSLINT_E2E") == "" {
		t.Skip("loads every fixture: STATUSLINT_E2E=1 runs it (.ci/run and .ci/race.sh do)")
	}
	gopath, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	// The fixtures' top-level directories are the rules; their packages
	// are everything below them (bad.go, good.go, helpers, issues).
	entries, err := os.ReadDir(filepath.Join(gopath, "src"))
	if err != nil {
		t.Fatal(err)
	}
	var patterns []string
	for _, e := range entries {
		if e.IsDir() && e.Name() != "github.com" && e.Name() != "example.com" {
			patterns = append(patterns, e.Name()+"/...")
		}
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(gopath, "src"),
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < 50 {
		t.Fatalf("loaded %d fixture packages; the layout changed?", len(pkgs))
	}
	// Options turn on the opt-in rules, so every check reads the model.
	for _, a := range analyzer.Analyzers {
		if f := a.Flags.Lookup("enable"); f != nil {
			old := f.Value.String()
			if err := f.Value.Set("true"); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { f.Value.Set(old) })
		}
	}
	for range 3 { // a race needs the checks to overlap: give them chances
		graph, err := checker.Analyze(analyzer.Analyzers, pkgs, &checker.Options{})
		if err != nil {
			t.Fatal(err)
		}
		findings := 0
		for act := range graph.All() {
			if act.Err != nil {
				t.Errorf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
				continue
			}
			if act.IsRoot {
				findings += len(act.Diagnostics)
			}
		}
		if findings == 0 {
			t.Fatal("the suite found nothing in the fixtures")
		}
	}
}
