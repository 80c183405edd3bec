package funnel_test

import (
	"go/ast"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/passes/internal/directives"
	"github.com/statuslint/statuslint/passes/internal/funnel"
	"github.com/statuslint/statuslint/passes/response"
	"github.com/statuslint/statuslint/passes/statuscode"
	"github.com/statuslint/statuslint/passes/wwwauthenticate"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestSuppress runs a rule through the funnel: directives on or above the
// line silence it, in net/http and framework code alike; directives that
// silence nothing are reported.
func TestSuppress(t *testing.T) {
	testdata, _ := filepath.Abs("../../../testdata")
	analysistest.Run(t, testdata, wwwauthenticate.Analyzer, "suppress/nethttp", "suppress/gin")
}

// TestGenerated: nothing is reported in a generated file, style or not:
// its users cannot edit it.
func TestGenerated(t *testing.T) {
	testdata, _ := filepath.Abs("../../../testdata")
	if err := statuscode.Analyzer.Flags.Set("literals", "true"); err != nil {
		t.Fatal(err)
	}
	defer statuscode.Analyzer.Flags.Set("literals", "false")
	analysistest.Run(t, testdata, statuscode.Analyzer, "suppress/generated")
}

// TestPanic: a check that panics while handling a function fails that
// package with an error naming the analyzer, the function and where it is,
// and reports nothing.
func TestPanic(t *testing.T) {
	crasher := &analysis.Analyzer{
		Name:     "crasher",
		Doc:      "panics on the handler named direct",
		Requires: []*analysis.Analyzer{response.Analyzer, directives.Analyzer},
		Run: funnel.Run(func(pass *analysis.Pass) (any, error) {
			for f := range pass.ResultOf[response.Analyzer].(*response.Result).Funcs() {
				if d, ok := f.Node.(*ast.FuncDecl); ok && d.Name.Name == "direct" {
					var m map[string]int
					m["boom"]++
				}
			}
			return nil, nil
		}),
	}
	testdata, _ := filepath.Abs("../../../testdata")
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  testdata,
		Env:  append(append([]string{}, os.Environ()...), "GOPATH="+testdata, "GO111MODULE=off", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, "wwwauthenticate/nethttp")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load: %v", err)
	}
	g, err := checker.Analyze([]*analysis.Analyzer{crasher}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got error
	for act := range g.All() {
		if act.Analyzer == crasher {
			got = act.Err
			if len(act.Diagnostics) > 0 {
				t.Errorf("a crashed check reported %d diagnostics", len(act.Diagnostics))
			}
		}
	}
	if got == nil {
		t.Fatal("no error from a check that panicked")
	}
	msg := got.Error()
	for _, want := range []string{
		"crasher panicked analyzing func direct at ",
		filepath.Join("wwwauthenticate", "nethttp", "bad.go") + ":9:1",
		"assignment to entry in nil map",
		"funnel_test.go", // the stack, for the bug report
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not contain %q", firstLine(msg), want)
		}
	}
	t.Logf("%s", firstLine(msg))
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
