//go:build unix

package analyzer_test

// How the suite scales with the size of the code it reads.
//
// BenchmarkScale runs the suite over synthetic modules from bench/gen of
// 100, 1k and 10k handlers (STATUSLINT_BENCH_HANDLERS=100000 or any
// comma-separated list runs other sizes) and reports the cost per handler:
//
//   - ns/handler: the summed execution time of every analysis step
//     (inspect, ctrlflow, the response model, each check) on the handler
//     packages, divided by the number of handlers. The checker runs its
//     steps one at a time (Options.Sequential), so a step's time is its
//     own work, not a share of two cores.
//   - B/handler, allocs/handler: the allocations of a whole run minus
//     those of a run over the helper packages alone (the standard library
//     and respond/decode/store, a fixed cost), divided by the number of
//     handlers. Allocation counts barely vary between runs, so the
//     difference is exact enough even for 100 handlers.
//   - maxrss-MiB: the peak RSS of the test process so far (loading and
//     type-checking included), the number to watch at 100k handlers.
//
// BenchmarkBigHandler times the suite on one handler of thousands of
// statements (gen.Big), the dataflow's worst case; handler-ns/op is the
// summed time of every step on that handler's package, model-ns/op that of
// the response model alone.
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
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/packages"
)

// synthModule generates and loads a module of n handlers once per binary.
// It returns every root package and the handler packages among them.
func synthModule(b *testing.B, n int) (roots, handlers []*packages.Package) {
	b.Helper()
	pkgs, err := cachedLoad(fmt.Sprintf("handlers=%d", n), func() (string, []*packages.Package, error) {
		dir, err := os.MkdirTemp("", "statuslint-synth-")
		if err != nil {
			return "", nil, err
		}
		if _, err := gen.Module(dir, n); err != nil {
			return dir, nil, err
		}
		pkgs, err := load(dir, "./...")
		return dir, pkgs, err
	})
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

// analyze runs the suite over roots, one step at a time, and returns the
// graph, failing on any analysis error.
func analyze(b *testing.B, roots []*packages.Package) *checker.Graph {
	graph, err := checker.Analyze(analyzer.Analyzers, roots, &checker.Options{Sequential: true})
	if err != nil {
		b.Fatal(err)
	}
	for act := range graph.All() {
		if act.Err != nil {
			b.Fatalf("%s: %v", act, act.Err)
		}
	}
	return graph
}

// allocated returns the bytes and objects allocated by f.
func allocated(f func()) (bytes, objects uint64) {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	f()
	runtime.ReadMemStats(&m1)
	return m1.TotalAlloc - m0.TotalAlloc, m1.Mallocs - m0.Mallocs
}

// stepTime sums the execution time of the graph's steps on pkgs.
func stepTime(graph *checker.Graph, pkgs map[*packages.Package]bool, only func(*checker.Action) bool) time.Duration {
	var d time.Duration
	for act := range graph.All() {
		if pkgs[act.Package] && (only == nil || only(act)) {
			d += act.Duration
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
			// The fixed cost: the least of three runs over the helpers.
			baseBytes, baseObjects := ^uint64(0), ^uint64(0)
			for range 3 {
				by, ob := allocated(func() { analyze(b, helpers) })
				baseBytes, baseObjects = min(baseBytes, by), min(baseObjects, ob)
			}
			var steps time.Duration
			var bytes, objects uint64
			diags := 0
			for b.Loop() {
				var graph *checker.Graph
				by, ob := allocated(func() { graph = analyze(b, roots) })
				bytes += by - min(by, baseBytes)
				objects += ob - min(ob, baseObjects)
				steps += stepTime(graph, isHandler, nil)
				diags = 0
				for act := range graph.All() {
					if isHandler[act.Package] {
						diags += len(act.Diagnostics)
					}
				}
			}
			per := float64(b.N) * float64(n)
			b.ReportMetric(float64(steps.Nanoseconds())/per, "ns/handler")
			b.ReportMetric(float64(bytes)/per, "B/handler")
			b.ReportMetric(float64(objects)/per, "allocs/handler")
			b.ReportMetric(float64(diags)/float64(n), "diags/handler")
			b.ReportMetric(maxRSS(b), "maxrss-MiB")
		})
	}
}

// bigChunks is the size of BenchmarkBigHandler's handler: 200 chunks is
// about 7,000 statements.
const bigChunks = 200

func BenchmarkBigHandler(b *testing.B) {
	pkgs, err := cachedLoad("big", func() (string, []*packages.Package, error) {
		dir, err := os.MkdirTemp("", "statuslint-big-")
		if err != nil {
			return "", nil, err
		}
		if _, err := gen.Big(dir, bigChunks); err != nil {
			return dir, nil, err
		}
		pkgs, err := load(dir, gen.BigPackage)
		return dir, pkgs, err
	})
	if err != nil {
		b.Fatalf("big handler: %v", err)
	}
	big := map[*packages.Package]bool{pkgs[0]: true}
	isModel := func(act *checker.Action) bool { return act.Analyzer == response.Analyzer }
	isFloor := func(act *checker.Action) bool {
		return act.Analyzer == inspect.Analyzer || act.Analyzer == ctrlflow.Analyzer
	}
	var all, model, floor time.Duration
	for b.Loop() {
		graph := analyze(b, pkgs)
		all += stepTime(graph, big, nil)
		model += stepTime(graph, big, isModel)
		floor += stepTime(graph, big, isFloor)
	}
	per := float64(b.N)
	b.ReportMetric(float64(all.Nanoseconds())/per, "handler-ns/op")
	b.ReportMetric(float64(floor.Nanoseconds())/per, "floor-ns/op")
	b.ReportMetric(float64(model.Nanoseconds())/per, "model-ns/op")
	b.ReportMetric(float64((all-floor-model).Nanoseconds())/per, "checks-ns/op")
	b.ReportMetric(float64(countStmts(pkgs[0])), "stmts")
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
