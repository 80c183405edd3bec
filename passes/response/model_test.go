package response_test

import (
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis/analysistest"
)

var update = flag.Bool("update", false, "rewrite the model's golden dumps (testdata/src/response/*/model.golden)")

// TestModel dumps what the model sees in each handler of
// testdata/src/response/<framework>/ — every event with its status,
// header or body shape, whether it is deferred, conditional, on an error
// path and of what origin, and the methods the handler's router sends it
// — and compares it with model.golden there: an adapter proves itself in
// one place, before any rule reads it. go test -run TestModel -update
// rewrites the dumps.
func TestModel(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	dirs, err := filepath.Glob(filepath.Join(testdata, "src", "response", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var patterns []string
	for _, d := range dirs {
		patterns = append(patterns, "response/"+filepath.Base(d))
	}
	if len(patterns) == 0 {
		t.Fatal("no fixtures under testdata/src/response")
	}
	for _, r := range analysistest.Run(t, testdata, response.Analyzer, patterns...) {
		if r.Err != nil || r.Pass == nil {
			continue
		}
		pkg := r.Pass.Pkg.Path()
		if !strings.HasPrefix(pkg, "response/") {
			continue
		}
		got := dump(r.Pass.Fset, r.Result.(*response.Result))
		golden := filepath.Join(testdata, "src", pkg, "model.golden")
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o666); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Errorf("%s: %v (go test -run TestModel -update writes it)", pkg, err)
			continue
		}
		if got != string(want) {
			t.Errorf("%s: the model differs from model.golden (go test -run TestModel -update rewrites it):\n%s", pkg, diffLines(string(want), got))
		}
	}
}

// dump writes the model of every function, one line per event.
func dump(fset *token.FileSet, res *response.Result) string {
	var b strings.Builder
	for f := range res.Funcs() {
		pos := fset.Position(f.Node.Pos())
		name := "func literal"
		if d, ok := f.Node.(*ast.FuncDecl); ok {
			name = d.Name.Name
		}
		fmt.Fprintf(&b, "%s:%d %s", filepath.Base(pos.Filename), pos.Line, name)
		if ms := f.Methods(); ms != nil {
			fmt.Fprintf(&b, " methods=%s", strings.Join(ms, ","))
		}
		if ms := f.Routed(); ms != nil {
			fmt.Fprintf(&b, " routed=%s", strings.Join(ms, ","))
			if f.RouterAnswers405() {
				b.WriteString(" router-answers-405")
			}
		}
		if f.Buffered() {
			b.WriteString(" buffered")
		}
		b.WriteString("\n")
		// A callback's events come after the function's, marked.
		events := f.Events
		callbacks := len(events)
		events = append(events[:len(events):len(events)], f.CallbackEvents()...)
		for i, ev := range events {
			fmt.Fprintf(&b, "\t%d %s", fset.Position(ev.Pos()).Line, ev.Kind)
			switch ev.Kind {
			case response.SetHeader, response.DelHeader:
				h := ev.Header
				if h == "" {
					h = "?"
				}
				fmt.Fprintf(&b, " %s", h)
			case response.WriteStatus:
				var codes []string
				for _, c := range ev.Status.Codes() {
					codes = append(codes, fmt.Sprint(c))
				}
				if ev.Status.Unknown || len(codes) == 0 {
					codes = append(codes, "?")
				}
				sort.Strings(codes)
				fmt.Fprintf(&b, " %s", strings.Join(codes, "|"))
				// The headers the rules ask for, when set on every path.
				var set []string
				for _, h := range []string{"Allow", "Location", "Retry-After", "WWW-Authenticate"} {
					if ev.HasHeader(h) == response.HeaderSet {
						set = append(set, h)
					}
				}
				if set != nil {
					fmt.Fprintf(&b, " with %s", strings.Join(set, ","))
				}
			case response.WriteBody:
				fmt.Fprintf(&b, " %s", shapeNames[ev.Shape])
			}
			for _, flag := range []struct {
				on   bool
				name string
			}{{ev.Deferred, "deferred"}, {ev.Maybe, "maybe"}, {ev.Unrouted, "unrouted"}, {ev.HandsOff, "hands-off"}, {ev.Aborts, "aborts"}, {i >= callbacks, "callback"}} {
				if flag.on {
					b.WriteString(" " + flag.name)
				}
			}
			if ev.Guard != nil {
				fmt.Fprintf(&b, " error-path(%s)", f.Origin(ev.Guard).Kind)
			}
			if ev.Callee != nil {
				fmt.Fprintf(&b, " via %s", ev.Callee.Name())
			}
			// A handler without a writer: what it returns is the response.
			switch r := ev.Result(); {
			case r == nil:
			case r.Typed != nil:
				fmt.Fprintf(&b, " returns %s", r.Typed.Name())
				if r.Generated {
					b.WriteString(" (generated)")
				}
			case r.Error:
				b.WriteString(" returns error")
			default:
				b.WriteString(" returns output")
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

var shapeNames = map[response.Shape]string{
	response.ShapeData: "data", response.ShapeError: "error", response.ShapeErrorObject: "error-object", response.ShapeNil: "nil",
}

// diffLines shows the lines of want missing from got (-) and the lines of
// got missing from want (+).
func diffLines(want, got string) string {
	in := func(s string) map[string]int {
		m := map[string]int{}
		for _, l := range strings.Split(s, "\n") {
			m[l]++
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if g[l] == 0 {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if w[l] == 0 {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}
