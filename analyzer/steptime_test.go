//go:build linux

package analyzer_test

import (
	"runtime"
	"syscall"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A stepClock runs a suite with every analysis step timed in CPU time of
// the thread it runs on. On a shared two-core machine the wall time of a
// step (checker.Action.Duration) includes the time other processes held
// the core; the thread's CPU time does not, nor the garbage collector's
// background workers on other threads (its assists, charged to the
// allocating step, are in).
//
// It runs a copy of the analyzer graph whose Run functions read the clock
// around the original Run, which it calls with the original analyzers in
// pass.Analyzer and pass.ResultOf, so the checks find their requirements'
// results where they look for them. Analysis is sequential, on one locked
// thread.
type stepClock struct {
	copies map[*analysis.Analyzer]*analysis.Analyzer
	cpu    map[*packages.Package]map[*analysis.Analyzer]time.Duration
	byPath map[string]*packages.Package
}

func newStepClock(analyzers []*analysis.Analyzer) *stepClock {
	c := &stepClock{copies: map[*analysis.Analyzer]*analysis.Analyzer{}}
	for _, a := range analyzers {
		c.copyOf(a)
	}
	return c
}

func (c *stepClock) copyOf(a *analysis.Analyzer) *analysis.Analyzer {
	if cp, ok := c.copies[a]; ok {
		return cp
	}
	cp := *a
	c.copies[a] = &cp
	cp.Requires = nil
	for _, r := range a.Requires {
		cp.Requires = append(cp.Requires, c.copyOf(r))
	}
	orig := a
	cp.Run = func(pass *analysis.Pass) (any, error) {
		p := *pass
		p.Analyzer = orig
		p.ResultOf = make(map[*analysis.Analyzer]any, len(pass.ResultOf))
		for _, r := range orig.Requires {
			p.ResultOf[r] = pass.ResultOf[c.copies[r]]
		}
		t0 := threadCPU()
		res, err := orig.Run(&p)
		d := threadCPU() - t0
		if pkg := c.byPath[pass.Pkg.Path()]; pkg != nil {
			if c.cpu[pkg] == nil {
				c.cpu[pkg] = map[*analysis.Analyzer]time.Duration{}
			}
			c.cpu[pkg][orig] += d
		}
		return res, err
	}
	return &cp
}

// analyze runs the suite over roots and returns the CPU time of each
// step on each package of measure.
func (c *stepClock) analyze(b *testing.B, analyzers []*analysis.Analyzer, roots, measure []*packages.Package) map[*packages.Package]map[*analysis.Analyzer]time.Duration {
	c.cpu = map[*packages.Package]map[*analysis.Analyzer]time.Duration{}
	c.byPath = map[string]*packages.Package{}
	for _, p := range measure {
		c.byPath[p.PkgPath] = p
	}
	var copies []*analysis.Analyzer
	for _, a := range analyzers {
		copies = append(copies, c.copyOf(a))
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	graph, err := checker.Analyze(copies, roots, &checker.Options{Sequential: true})
	if err != nil {
		b.Fatal(err)
	}
	for act := range graph.All() {
		if act.Err != nil {
			b.Fatalf("%s: %v", act, act.Err)
		}
	}
	return c.cpu
}

// threadCPU is the user+system CPU time of the calling thread.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_THREAD, &ru); err != nil {
		return 0 // not reached on Linux; a zero reading only understates
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
