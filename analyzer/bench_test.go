//go:build unix

package analyzer_test

// Speed of the suite against the floor it cannot beat.
//
// Both benchmarks analyze the same already-loaded packages, for two trees:
// the standard library's net/... (tree=net) and golang.org/x/net/...
// (tree=xnet), loaded in a temporary module that requires x/net at
// xnetVersion from the module proxy (STATUSLINT_BENCH_XNET=vX.Y.Z picks
// another version, =off skips the tree). Because the response model and
// ctrlflow export facts, every dependency is analyzed too. Loading and
// type-checking is done once, outside the timed region, and excluded from
// both numbers.
//
//   - BenchmarkFloor runs a no-op analyzer that requires only inspect and
//     ctrlflow, the two analyzers the response model itself requires.
//   - BenchmarkSuite runs analyzer.Analyzers (which pulls in the response
//     model, and through it inspect and ctrlflow).
//
// Each iteration calls checker.Analyze afresh, so every action, result and
// fact is recomputed. Besides wall time (ns/op) each reports the process CPU
// time per iteration (cpu-ns/op, from getrusage: all threads, GC included),
// which is steadier than wall time on a shared machine. BenchmarkRatio
// alternates the two for a steadier ratio. Run with:
//
//	go test ./analyzer -run '^$' -bench 'Floor|Suite|Ratio' -benchmem -count 6

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
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

// xnetVersion is the golang.org/x/net the xnet tree is measured on.
const xnetVersion = "v0.62.0"

// floor is a no-op analyzer with the same requirements as the response
// model: whatever inspect and ctrlflow cost is a cost statuslint must pay.
var floor = &analysis.Analyzer{
	Name:     "floor",
	Doc:      "no-op analyzer requiring inspect and ctrlflow (benchmark floor)",
	Requires: []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer},
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

// loaded caches package loads per key for the life of the test binary:
// -count repeats a benchmark, and loading is not what is measured.
var loaded struct {
	mu   sync.Mutex
	pkgs map[string]loadResult
	dirs []string // temporary modules, removed by TestMain
}

type loadResult struct {
	pkgs []*packages.Package
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	loaded.mu.Lock()
	for _, d := range loaded.dirs {
		os.RemoveAll(d)
	}
	loaded.mu.Unlock()
	os.Exit(code)
}

// cachedLoad returns the result of setup for key, calling it once per
// binary. setup may return a temporary directory to remove at exit.
func cachedLoad(key string, setup func() (dir string, pkgs []*packages.Package, err error)) ([]*packages.Package, error) {
	loaded.mu.Lock()
	defer loaded.mu.Unlock()
	if r, ok := loaded.pkgs[key]; ok {
		return r.pkgs, r.err
	}
	dir, pkgs, err := setup()
	if dir != "" {
		loaded.dirs = append(loaded.dirs, dir)
	}
	if loaded.pkgs == nil {
		loaded.pkgs = map[string]loadResult{}
	}
	loaded.pkgs[key] = loadResult{pkgs, err}
	return pkgs, err
}

// load loads patterns in dir with the mode checker.Analyze requires
// (syntax and types for every dependency, since fact-producing analyzers
// run on dependencies too), without test variants.
func load(dir string, patterns ...string) ([]*packages.Package, error) {
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Tests: false}
	pkgs, err := packages.Load(cfg, patterns...)
	if err == nil && packages.PrintErrors(pkgs) > 0 {
		err = errors.New("packages contain errors")
	}
	if err == nil && len(pkgs) == 0 {
		err = errors.New("no packages")
	}
	return pkgs, err
}

// treePackages loads one of the benchmark trees.
func treePackages(b *testing.B, tree string) []*packages.Package {
	b.Helper()
	pkgs, err := cachedLoad("tree="+tree, func() (string, []*packages.Package, error) {
		switch tree {
		case "net":
			pkgs, err := load("", "net/...")
			return "", pkgs, err
		case "xnet":
			return xnetModule()
		}
		return "", nil, fmt.Errorf("unknown tree %q", tree)
	})
	if err != nil {
		b.Skipf("loading tree %s: %v", tree, err)
	}
	return pkgs
}

// xnetModule makes a temporary module requiring golang.org/x/net and loads
// golang.org/x/net/... in it.
func xnetModule() (string, []*packages.Package, error) {
	version := xnetVersion
	if v := os.Getenv("STATUSLINT_BENCH_XNET"); v != "" {
		version = v
	}
	if version == "off" {
		return "", nil, errors.New("STATUSLINT_BENCH_XNET=off")
	}
	dir, err := os.MkdirTemp("", "statuslint-xnet-")
	if err != nil {
		return "", nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/xnetbench\n\ngo 1.26\n"), 0o644); err != nil {
		return dir, nil, err
	}
	// The pattern form adds go.sum lines for every dependency of every package.
	get := exec.Command("go", "get", "golang.org/x/net/...@"+version)
	get.Dir = dir
	if out, err := get.CombinedOutput(); err != nil {
		return dir, nil, fmt.Errorf("go get golang.org/x/net@%s: %v\n%s", version, err, out)
	}
	pkgs, err := load(dir, "golang.org/x/net/...")
	return dir, pkgs, err
}

func runBench(b *testing.B, analyzers []*analysis.Analyzer, pkgs []*packages.Package) {
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

var trees = []string{"net", "xnet"}

// BenchmarkFloor is the cost statuslint cannot beat: inspect and ctrlflow
// over the same loaded packages.
func BenchmarkFloor(b *testing.B) {
	for _, tree := range trees {
		b.Run("tree="+tree, func(b *testing.B) {
			runBench(b, []*analysis.Analyzer{floor}, treePackages(b, tree))
		})
	}
}

// BenchmarkSuite is the whole statuslint suite.
func BenchmarkSuite(b *testing.B) {
	for _, tree := range trees {
		b.Run("tree="+tree, func(b *testing.B) {
			runBench(b, analyzer.Analyzers, treePackages(b, tree))
		})
	}
}

// BenchmarkRatio alternates the floor and the suite over the same packages
// and reports their CPU times and suite/floor: each pair of runs meets much
// the same background load. Each run starts after a forced collection, so
// its CPU time is its own work: with the loaded packages live (most of the
// heap), one GC cycle costs as much as a run, falls every few runs, and
// whichever run it lands in looks two or three times slower. Collection
// cost follows allocation, which B/op of BenchmarkFloor and BenchmarkSuite
// compare.
func BenchmarkRatio(b *testing.B) {
	for _, tree := range trees {
		b.Run("tree="+tree, func(b *testing.B) {
			pkgs := treePackages(b, tree)
			suites := map[string][]*analysis.Analyzer{"floor": {floor}, "suite": analyzer.Analyzers}
			cpu := map[string]time.Duration{}
			for b.Loop() {
				for _, name := range []string{"floor", "suite"} {
					runtime.GC()
					t0 := cpuTime(b)
					if _, err := checker.Analyze(suites[name], pkgs, &checker.Options{}); err != nil {
						b.Fatal(err)
					}
					cpu[name] += cpuTime(b) - t0
				}
			}
			b.ReportMetric(float64(cpu["floor"].Nanoseconds())/float64(b.N), "floor-cpu-ns/op")
			b.ReportMetric(float64(cpu["suite"].Nanoseconds())/float64(b.N), "suite-cpu-ns/op")
			b.ReportMetric(float64(cpu["suite"])/float64(cpu["floor"]), "suite/floor")
		})
	}
}
