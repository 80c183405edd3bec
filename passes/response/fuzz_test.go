package response_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// FuzzHandlers generates handlers from the fuzzer's bytes (gen_test.go),
// runs the whole suite on them, and checks that nothing panics or fails,
// that the model's invariants hold (CheckInvariants), that no event or
// finding sits in code no path reaches, and that every status the model or
// a finding names is one the code wrote.
//
//	go test -run '^$' -fuzz '^FuzzHandlers$' -fuzztime 20s ./passes/response
func FuzzHandlers(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x05\x07\x01\x05\x18\x0a\x12"))
	f.Add([]byte("seed: if err != nil { http.Error(w, msg, 500) } then a write"))
	// One importer for every input: std is type-checked once per worker.
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "gc", nil)
	f.Fuzz(func(t *testing.T, data []byte) {
		g := &gen{data: data}
		src := g.file()
		checkHandlers(t, fset, imp, src, g)
	})
}

var leadingStatus = regexp.MustCompile(`^(?:status )?(\d+)\b`)

func checkHandlers(t *testing.T, fset *token.FileSet, imp types.Importer, src string, g *gen) {
	t.Helper()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf(format+"\n--- source:\n%s", append(args, numbered(src))...)
	}
	lp, err := typeCheck(fset, imp, "p.go", src)
	if err != nil {
		fail("%v", err)
	}
	file := lp.Syntax[0]
	graph, err := checker.Analyze(analyzer.Analyzers, []*packages.Package{lp}, &checker.Options{Sequential: true})
	if err != nil {
		fail("checker: %v", err)
	}

	tf := fset.File(file.Pos())
	dead := func(pos token.Pos) bool {
		if !pos.IsValid() || tf.Base() > int(pos) || int(pos) > tf.Base()+tf.Size() {
			return false
		}
		line := tf.Line(pos)
		start := tf.LineStart(line)
		end := len(src)
		if line < tf.LineCount() {
			end = tf.Offset(tf.LineStart(line + 1))
		}
		return strings.Contains(src[tf.Offset(start):end], deadMark)
	}
	for act := range graph.All() {
		if act.Err != nil {
			fail("%s: analyzer error: %v", act.Analyzer.Name, act.Err)
		}
		for _, d := range act.Diagnostics {
			p := fset.Position(d.Pos)
			switch {
			case p.Filename != "p.go":
				fail("%s: diagnostic outside the file: %s", act.Analyzer.Name, d.Message)
			case dead(d.Pos):
				fail("%s: finding in unreachable code at %s: %s", act.Analyzer.Name, p, d.Message)
			case strings.Contains(d.Message, "\n") || strings.HasSuffix(d.Message, "."):
				fail("%s: message is not one line without a period: %q", act.Analyzer.Name, d.Message)
			}
			if m := leadingStatus.FindStringSubmatch(d.Message); m != nil {
				if code, _ := strconv.Atoi(m[1]); !g.codes[code] && code != 404 {
					fail("%s: %s: status %d is not one the code writes: %s", act.Analyzer.Name, p, code, d.Message)
				}
			}
		}
		res, ok := act.Result.(*response.Result)
		if !ok || !act.IsRoot && act.Package != lp {
			continue
		}
		for fn := range res.Funcs() {
			if bad := response.CheckInvariants(fset, fn); len(bad) > 0 {
				fail("model invariants:\n%s", strings.Join(bad, "\n"))
			}
			for _, ev := range fn.Events {
				if dead(ev.Pos()) {
					fail("%s: %v event in unreachable code", fset.Position(ev.Pos()), ev.Kind)
				}
				if ev.Kind != response.WriteStatus {
					continue
				}
				for _, c := range ev.Status.Codes() {
					// http.NotFound writes 404 whether or not the code names it.
					if !g.codes[c] && c != 404 {
						fail("%s: status %d is not one the code writes", fset.Position(ev.Pos()), c)
					}
				}
			}
		}
	}
}

// typeCheck parses and type-checks one generated file as package
// example.com/p, with std from imp.
func typeCheck(fset *token.FileSet, imp types.Importer, name, src string) (*packages.Package, error) {
	file, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, fmt.Errorf("generated source does not parse: %v", err)
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	conf := types.Config{Importer: imp, GoVersion: "go1.26"}
	pkg, err := conf.Check("example.com/p", fset, []*ast.File{file}, info)
	if err != nil {
		return nil, fmt.Errorf("generated source does not type-check: %v", err)
	}
	return &packages.Package{
		ID: "example.com/p", Name: "p", PkgPath: "example.com/p",
		Fset: fset, Syntax: []*ast.File{file}, Types: pkg, TypesInfo: info,
		TypesSizes: types.SizesFor("gc", "amd64"),
		GoFiles:    []string{name}, CompiledGoFiles: []string{name},
	}, nil
}

// numbered returns src with line numbers, for failure messages.
func numbered(src string) string {
	var b strings.Builder
	for i, l := range strings.Split(src, "\n") {
		b.WriteString(strconv.Itoa(i+1) + "\t" + l + "\n")
	}
	return b.String()
}
