//go:build unix

package analyzer_test

// Speed of the suite against the floor it cannot beat.
//
// Both benchmarks analyze the same already-loaded packages (the standard
// library's net/... tree and, because the response model and ctrlflow
// export facts, every package it depends on). Loading and type-checking is
// done once, outside the timed region, and excluded from both numbers.
//
//   - BenchmarkFloor runs a no-op analyzer that requires only inspect and
//     ctrlflow, the two analyzers the response model itself requires.
//   - BenchmarkSuite runs analyzer.Analyzers (which pulls in the response
//     model, and through it inspect and ctrlflow).
//
// Each iteration calls checker.Analyze afresh, so every action, result and
// fact is recomputed. Besides wall time (ns/op) each reports the process CPU
// time per iteration (cpu-ns/op, from getrusage: all threads, GC included),
// which is steadier than wall time on a shared machine. Run with:
//
//	go test ./analyzer -run '^$' -bench . -benchmem -count 5

import (
	"errors"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/packages"
)

// benchPattern is the package tree both benchmarks analyze.
const benchPattern = "net/..."

// floor is a no-op analyzer with the same requirements as the response
// model: whatever inspect and ctrlflow cost is a cost statuslint must pay.
var floor = &analysis.Analyzer{
	Name:     "floor",
	Doc:      "no-op analyzer requiring inspect and ctrlflow (benchmark floor)",
	Requires: []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer},
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

var bench struct {
	once sync.Once
	pkgs []*packages.Package
	err  error
}

// loadBench loads benchPattern once per test binary, with the mode
// checker.Analyze requires (syntax and types for every dependency, since
// fact-producing analyzers run on dependencies too).
func loadBench(b *testing.B) []*packages.Package {
	b.Helper()
	bench.once.Do(func() {
		cfg := &packages.Config{Mode: packages.LoadAllSyntax, Tests: false}
		pkgs, err := packages.Load(cfg, benchPattern)
		if err == nil && packages.PrintErrors(pkgs) > 0 {
			err = errors.New("packages contain errors")
		}
		bench.pkgs, bench.err = pkgs, err
	})
	if bench.err != nil {
		b.Skipf("loading %s: %v", benchPattern, bench.err)
	}
	if len(bench.pkgs) == 0 {
		b.Skipf("loading %s: no packages", benchPattern)
	}
	return bench.pkgs
}

func runBench(b *testing.B, analyzers []*analysis.Analyzer) {
	pkgs := loadBench(b)
	b.ReportAllocs()
	diags := 0
	cpu0 := cpuTime(b)
	for b.Loop() {
		graph, err := checker.Analyze(analyzers, pkgs, &checker.Options{})
		if err != nil {
			b.Fatal(err)
		}
		diags = 0
		for act := range graph.All() {
			if act.Err != nil {
				b.Fatalf("%s: %v", act, act.Err)
			}
			if act.IsRoot {
				diags += len(act.Diagnostics)
			}
		}
	}
	cpu := cpuTime(b) - cpu0
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(len(pkgs)), "pkgs")
	b.ReportMetric(float64(diags), "diags")
}

// cpuTime is the user+system CPU time the process has used so far.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkFloor is the cost statuslint cannot beat: inspect and ctrlflow
// over the same loaded packages.
func BenchmarkFloor(b *testing.B) { runBench(b, []*analysis.Analyzer{floor}) }

// BenchmarkSuite is the whole statuslint suite.
func BenchmarkSuite(b *testing.B) { runBench(b, analyzer.Analyzers) }
