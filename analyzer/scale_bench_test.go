//go:build linux

package analyzer_test

// How the suite scales with the size of the code it reads.
//
// BenchmarkScale runs the suite over synthetic modules from bench/gen of
// 100, 1k and 10k handlers (STATUSLINT_BENCH_HANDLERS=100000 or any
// comma-separated list runs other sizes) and reports the cost per handler:
//
//   - cpu-ns/handler: the CPU time of every analysis step (inspect,
//     ctrlflow, the response model, each check) on the handler packages,
//     measured by a stepClock on the one thread the steps run on, divided
//     by the number of handlers. The std packages and helpers every
//     handler package imports are analysed too but not counted.
//   - B/handler, allocs/handler: the allocations of a whole run minus
//     those of a run over the helper packages alone (the standard library
//     and respond/decode/store, a fixed cost), divided by the number of
//     handlers. Allocation counts barely vary between runs, so the
//     difference is exact enough even for 100 handlers.
//   - maxrss-MiB: the peak RSS of the test process so far (loading and
//     type-checking included), the number to watch at 100k handlers.
//
// BenchmarkBigHandler times the suite on one handler of thousands of
// statements (gen.Big), the dataflow's worst case, at three sizes a factor
// of four apart: handler-cpu-ns/op is the CPU time of every step on that
// handler's package, split into floor (inspect and ctrlflow), model (the
// response model) and checks; cpu-ns/stmt should barely grow with size.
//
//	go test ./analyzer -run '^$' -bench 'Scale|BigHandler' -count 6
//	STATUSLINT_BENCH_HANDLERS=100000 go test ./analyzer -run '^$' -bench Scale -benchtime 1x -timeout 1h

import (
	"fmt"
	"go/ast"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/bench/gen"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/packages"
)

// generated writes a module into a temporary directory with write and
// loads patterns in it, once per binary for each key.
func generated(key string, write func(dir string) error, patterns ...string) ([]*packages.Package, error) {
	return cachedLoad(key, func() (string, []*packages.Package, error) {
		dir, err := os.MkdirTemp("", "statuslint-gen-")
		if err != nil {
			return "", nil, err
		}
		if err := write(dir); err != nil {
			return dir, nil, err
		}
		pkgs, err := load(dir, patterns...)
		return dir, pkgs, err
	})
}

// synthModule generates and loads a module of n handlers once per binary.
// It returns every root package and the handler packages among them.
func synthModule(b *testing.B, n int) (roots, handlers []*packages.Package) {
	b.Helper()
	pkgs, err := generated(fmt.Sprintf("handlers=%d", n), func(dir string) error {
		_, err := gen.Module(dir, n)
		return err
	}, "./...")
	if err != nil {
		b.Fatalf("synthetic module of %d handlers: %v", n, err)
	}
	for _, p := range pkgs {
		if !slices.Contains(gen.HelperPackages, p.PkgPath) && p.PkgPath != "github.com/go-chi/chi/v5" {
			handlers = append(handlers, p)
		}
	}
	return pkgs, handlers
}

// scaleSizes are the handler counts BenchmarkScale runs.
func scaleSizes(b *testing.B) []int {
	s := os.Getenv("STATUSLINT_BENCH_HANDLERS")
	if s == "" {
		return []int{100, 1000, 10000}
	}
	var sizes []int
	for f := range strings.SplitSeq(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			b.Fatalf("STATUSLINT_BENCH_HANDLERS: bad size %q", f)
		}
		sizes = append(sizes, n)
	}
	return sizes
}

// allocated returns the bytes and objects allocated by f.
func allocated(f func()) (bytes, objects uint64) {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	f()
	runtime.ReadMemStats(&m1)
	return m1.TotalAlloc - m0.TotalAlloc, m1.Mallocs - m0.Mallocs
}

// cpuOf sums the CPU time of the steps on pkgs, of every analyzer or of
// those only accepts.
func cpuOf(steps map[*packages.Package]map[*analysis.Analyzer]time.Duration, pkgs []*packages.Package, only func(*analysis.Analyzer) bool) time.Duration {
	var d time.Duration
	for _, p := range pkgs {
		for a, t := range steps[p] {
			if only == nil || only(a) {
				d += t
			}
		}
	}
	return d
}

func maxRSS(b *testing.B) float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return float64(ru.Maxrss) / 1024 // Linux reports KiB
}

func BenchmarkScale(b *testing.B) {
	for _, n := range scaleSizes(b) {
		b.Run(fmt.Sprintf("handlers=%d", n), func(b *testing.B) {
			roots, handlers := synthModule(b, n)
			var helpers []*packages.Package
			isHandler := map[*packages.Package]bool{}
			for _, p := range handlers {
				isHandler[p] = true
			}
			for _, p := range roots {
				if !isHandler[p] {
					helpers = append(helpers, p)
				}
			}
			clock := newStepClock(analyzer.Analyzers)
			// The fixed cost: the least of three runs over the helpers.
			baseBytes, baseObjects := ^uint64(0), ^uint64(0)
			for range 3 {
				by, ob := allocated(func() { clock.analyze(b, analyzer.Analyzers, helpers, nil) })
				baseBytes, baseObjects = min(baseBytes, by), min(baseObjects, ob)
			}
			var cpu time.Duration
			var bytes, objects uint64
			for b.Loop() {
				var steps map[*packages.Package]map[*analysis.Analyzer]time.Duration
				by, ob := allocated(func() { steps = clock.analyze(b, analyzer.Analyzers, roots, handlers) })
				bytes += by - min(by, baseBytes)
				objects += ob - min(ob, baseObjects)
				cpu += cpuOf(steps, handlers, nil)
			}
			per := float64(b.N) * float64(n)
			b.ReportMetric(float64(cpu.Nanoseconds())/per, "cpu-ns/handler")
			b.ReportMetric(float64(bytes)/per, "B/handler")
			b.ReportMetric(float64(objects)/per, "allocs/handler")
			b.ReportMetric(maxRSS(b), "maxrss-MiB")
		})
	}
}

// bigChunks are the sizes of BenchmarkBigHandler's handler, a factor of
// four apart: 200 chunks is about 7,000 statements. A bounded dataflow
// grows the time per statement little from one size to the next.
var bigChunks = []int{50, 200, 800}

func BenchmarkBigHandler(b *testing.B) {
	for _, chunks := range bigChunks {
		b.Run(fmt.Sprintf("chunks=%d", chunks), func(b *testing.B) { benchBig(b, chunks) })
	}
}

func benchBig(b *testing.B, chunks int) {
	pkgs, err := generated(fmt.Sprintf("big=%d", chunks), func(dir string) error {
		_, err := gen.Big(dir, chunks)
		return err
	}, gen.BigPackage)
	if err != nil {
		b.Fatalf("big handler: %v", err)
	}
	isModel := func(a *analysis.Analyzer) bool { return a == response.Analyzer }
	isFloor := func(a *analysis.Analyzer) bool { return a == inspect.Analyzer || a == ctrlflow.Analyzer }
	clock := newStepClock(analyzer.Analyzers)
	var all, model, floor time.Duration
	for b.Loop() {
		steps := clock.analyze(b, analyzer.Analyzers, pkgs, pkgs)
		all += cpuOf(steps, pkgs, nil)
		model += cpuOf(steps, pkgs, isModel)
		floor += cpuOf(steps, pkgs, isFloor)
	}
	per := float64(b.N)
	stmts := countStmts(pkgs[0])
	b.ReportMetric(float64(all.Nanoseconds())/per, "handler-cpu-ns/op")
	b.ReportMetric(float64(floor.Nanoseconds())/per, "floor-cpu-ns/op")
	b.ReportMetric(float64(model.Nanoseconds())/per, "model-cpu-ns/op")
	b.ReportMetric(float64((all-floor-model).Nanoseconds())/per, "checks-cpu-ns/op")
	b.ReportMetric(float64(all.Nanoseconds())/per/float64(stmts), "cpu-ns/stmt")
	b.ReportMetric(float64(stmts), "stmts")
}

// countStmts counts the statements in p, blocks excluded.
func countStmts(p *packages.Package) int {
	n := 0
	for _, f := range p.Syntax {
		ast.Inspect(f, func(node ast.Node) bool {
			if _, ok := node.(ast.Stmt); ok {
				if _, block := node.(*ast.BlockStmt); !block {
					n++
				}
			}
			return true
		})
	}
	return n
}
