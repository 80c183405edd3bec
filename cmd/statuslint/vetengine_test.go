package main

import (
	"fmt"
	"go/format"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/cmd/statuslint/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"
)

// buildSelf builds this command and makes it the binary the vet engine
// hands the go command, for the rest of the test.
func buildSelf(t *testing.T) {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "statuslint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	old := selfBinary
	selfBinary = bin
	t.Cleanup(func() { selfBinary = old })
}

// TestEngines: the vet engine reports what the direct engine reports, in
// everything the formats print (positions, related places, fixes, the
// function, the code a finding is about, the exit status), the first time
// and when the go command replays its cache, whichever packages an earlier
// run named; rule selection and options, from flags or the configuration
// file, reach the go command's processes.
func TestEngines(t *testing.T) {
	endToEnd(t)
	buildSelf(t)
	module(t, map[string]string{
		"app.go":      handlers,
		"get/get.go":  missingReturn,
		"app_test.go": "package app\n\nimport \"net/http\"\n\nfunc testHandler(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusUnauthorized)\n}\n",
		"ok/ok.go":    clean,
		"use/use.go":  "package use\n\nimport \"example.com/app/get\"\n\nvar H = app.Get\n",
		// An external test package: go vet names it ext_test.
		"ext/ext.go":      "package ext\n",
		"ext/ext_test.go": "package ext_test\n\nimport \"net/http\"\n\nfunc Created(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(2010)\n}\n",
		"created/c.go": `package created

import "net/http"

func Create(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength == 0 {
		http.Error(w, "empty body", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
`,
		// Functions of the standard library that never return: the vet
		// engine has their facts from stdnoreturn.go.
		"fatal/fatal.go": `package fatal

import (
	"log"
	"net/http"
	"os"
)

func Load(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("q") == "" {
		http.Error(w, "no query", http.StatusBadRequest)
		log.Fatal("no query")
	}
	if r.ContentLength < 0 {
		http.Error(w, "unknown length", http.StatusBadRequest)
		os.Exit(1)
	}
	w.Write([]byte("ok"))
}

func Leak(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("q") == "" {
		http.Error(w, "no query", http.StatusBadRequest)
		log.Print("no query")
	}
	w.Write([]byte("ok"))
}
`,
		"lit/lit.go":      "package lit\n\nimport \"net/http\"\n\nfunc Gone(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(410)\n}\n",
		".statuslint.yml": "disable: [methodallow]\noptions:\n  statuscode.literals: true\n",
	})
	for _, args := range [][]string{
		// A package whose dependency has findings: go vet also prints
		// those, and caches the dependency's run for the next.
		{"./use"},
		{"./..."},
		{"./..."}, // again: the go command replays its cache
		{"-createdlocation", "./..."},
		{"-wwwauthenticate=false", "-config=none", "./..."},
		{"-config=none", "./ok"},
	} {
		var outs [2]string
		var codes [2]int
		for i, engine := range []string{engineDirect, engineVet} {
			code, out, errs := statuslint(t, append([]string{"-engine=" + engine, "-format=json"}, args...)...)
			if code == exitError || code == exitUsage {
				t.Fatalf("-engine=%s %s: exit %d\n%s", engine, strings.Join(args, " "), code, errs)
			}
			codes[i], outs[i] = code, out
		}
		if codes[0] != codes[1] || outs[0] != outs[1] {
			t.Errorf("%s: the engines differ:\ndirect (exit %d):\n%s\nvet (exit %d):\n%s", strings.Join(args, " "), codes[0], outs[0], codes[1], outs[1])
		}
	}
	if _, out, _ := statuslint(t, "-engine=vet", "./fatal"); strings.Count(out, "(missingreturn)") != 1 || !strings.Contains(out, "fatal.go:23:3: ") {
		t.Errorf("want only Leak's missingreturn (log.Fatal and os.Exit never return):\n%s", out)
	}
	if _, out, _ := statuslint(t, "-engine=vet", "./ext"); !strings.Contains(out, "ext_test.go:6:16: ") {
		t.Errorf("the finding in an external test package is missing:\n%s", out)
	}
	// The configuration file switches methodallow off and an option on;
	// without it, the defaults.
	if _, out, _ := statuslint(t, "-engine=vet", "./..."); strings.Contains(out, "(methodallow)") || !strings.Contains(out, "lit.go:6:16: ") || !strings.Contains(out, "(wwwauthenticate)") {
		t.Errorf("the configuration file did not reach the vet engine:\n%s", out)
	}
	if _, out, _ := statuslint(t, "-engine=vet", "-config=none", "./..."); !strings.Contains(out, "(methodallow)") || strings.Contains(out, "lit.go") {
		t.Errorf("-config=none: not the defaults under the vet engine:\n%s", out)
	}
	// -fix needs the direct engine: asked for vet, it says so.
	if code, _, errs := statuslint(t, "-engine=vet", "-fix", "./..."); code != exitUsage || !strings.Contains(errs, "-engine=direct") {
		t.Errorf("-engine=vet -fix: exit %d, want %d and a hint:\n%s", code, exitUsage, errs)
	}
	// Packages that do not build: reported, the others analyzed, exit 1.
	if err := os.WriteFile("broken.go", []byte("package app\n\nvar x int = \"s\"\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	code, out, errs := statuslint(t, "-engine=vet", "./...")
	if code != exitError || !strings.Contains(errs, "broken.go:3:") || !strings.Contains(out, "get.go") {
		t.Errorf("a package that does not build: exit %d, want %d, its error, and the others' findings:\n%s%s", code, exitError, out, errs)
	}
}

func TestEngineChoice(t *testing.T) {
	old := selfBinary
	defer func() { selfBinary = old }()
	for _, tc := range []struct {
		o    options
		self string
		want string
	}{
		{options{engine: engineAuto, tests: true}, "/bin/statuslint", engineVet},
		{options{engine: engineAuto, tests: true}, "", engineDirect},
		{options{engine: engineAuto, tests: true, fix: true}, "/bin/statuslint", engineDirect},
		{options{engine: engineAuto}, "/bin/statuslint", engineDirect},
		{options{engine: engineDirect, tests: true}, "/bin/statuslint", engineDirect},
		{options{engine: engineVet, tests: true}, "/bin/statuslint", engineVet},
		{options{engine: engineVet}, "/bin/statuslint", ""},
	} {
		selfBinary = tc.self
		got, err := tc.o.chooseEngine()
		if got != tc.want || (err != nil) != (tc.want == "") {
			t.Errorf("%+v, binary %q: %q, %v; want %q", tc.o, tc.self, got, err, tc.want)
		}
	}
}

// TestReadVetJSON: go vet's -json stream becomes the findings the direct
// engine would make — each once across a package's test variant, sorted,
// with offsets, the enclosing function and the code — and the analyzers'
// failures become errors, each once.
func TestReadVetJSON(t *testing.T) {
	dir := t.TempDir()
	src := "package app\n\nfunc (s *Server) Get() {\n\tw.WriteHeader(401)\n}\n"
	file := filepath.Join(dir, "app.go")
	if err := os.WriteFile(file, []byte(src), 0o666); err != nil {
		t.Fatal(err)
	}
	diag := `{"posn": "` + file + `:4:2", "end": "` + file + `:4:21", "message": "401 without a challenge",
		"related": [{"posn": "` + file + `:3:1", "end": "` + file + `:3:5", "message": "the handler"}],
		"suggested_fixes": [{"message": "add it", "edits": [{"filename": "` + file + `", "start": 39, "end": 39, "new": "x"}]}]}`
	stream := `{}
{"app": {"wwwauthenticate": [` + diag + `]}}
{"app [app.test]": {"wwwauthenticate": [` + diag + `], "badrequest": {"error": "boom"}}}
{"other": {"badrequest": {"error": "boom"}, "clienterror": {"error": "failed prerequisites: response"}}}
`
	findings, errs := readVetJSON(strings.NewReader(stream), nil)
	if len(errs) != 1 || errs[0].Error() != "badrequest: app: boom" {
		t.Errorf("errors: %v; want badrequest's failure once, as the direct engine, nothing for failed prerequisites", errs)
	}
	if len(findings) != 1 {
		t.Fatalf("%d findings, want 1 (the test variant's copy dropped): %+v", len(findings), findings)
	}
	f := findings[0]
	want := report.Finding{
		Rule:    "wwwauthenticate",
		Pos:     posAt(file, 39, 4, 2),
		End:     posAt(file, 58, 4, 21),
		Message: "401 without a challenge",
		Func:    "Server.Get",
		About:   "w.WriteHeader(401)",
		Related: []report.Related{{Pos: posAt(file, 13, 3, 1), End: posAt(file, 17, 3, 5), Message: "the handler"}},
		Fixes:   []report.Fix{{Message: "add it", Edits: []report.Edit{{Pos: posAt(file, 39, 4, 2), End: posAt(file, 39, 4, 2), NewText: "x"}}}},
	}
	if !reflect.DeepEqual(f, want) {
		t.Errorf("finding:\n%+v\nwant:\n%+v", f, want)
	}

	// A position the file does not have (a //line directive names another
	// file) keeps its line and column, without an offset or a function.
	s := newSourceFiles()
	if p := s.position("/no/such/file.go:7:3"); p.Line != 7 || p.Column != 3 || p.Offset != -1 || s.funcName(p) != "" {
		t.Errorf("position of a missing file: %+v", p)
	}
	if p := s.position(file + ":99:1"); p.Line != 99 || p.Offset != -1 {
		t.Errorf("position past the end: %+v", p)
	}
	if _, errs := readVetJSON(strings.NewReader("{not json"), nil); len(errs) != 1 {
		t.Errorf("broken output: %v, want an error", errs)
	}
}

func posAt(file string, offset, line, column int) token.Position {
	return token.Position{Filename: file, Offset: offset, Line: line, Column: column}
}

// TestSharedCache: a CI job that restores the go command's cache from an
// earlier job (actions/cache, setup-go's cache, a GOCACHEPROG server) gets
// that job's findings without analyzing anything: the vet tool is never
// run on a package, and the output is the same.
func TestSharedCache(t *testing.T) {
	endToEnd(t)
	buildSelf(t)
	// A vet tool that logs each package it is run on, and is otherwise the
	// built statuslint: its -V=full identity is that binary's, so the go
	// command's cache keys do not change.
	log := filepath.Join(t.TempDir(), "invocations")
	wrapper := filepath.Join(t.TempDir(), "statuslint-logged")
	script := "#!/bin/sh\ncase \"$*\" in *.cfg) echo \"$*\" >>" + log + ";; esac\nexec " + selfBinary + " \"$@\"\n"
	if err := os.WriteFile(wrapper, []byte(script), 0o777); err != nil {
		t.Fatal(err)
	}
	selfBinary = wrapper
	// A package without imports, so that the empty cache of the first job
	// compiles nothing else; the directive rule has something to say.
	module(t, map[string]string{"app.go": "package app\n\nfunc F() int {\n\t//statuslint:ignore\n\treturn 1\n}\n"})

	job1 := t.TempDir()
	t.Setenv("GOCACHE", job1)
	code1, out1, errs1 := statuslint(t, "-format=json", "./...")
	if code1 != exitFindings {
		t.Fatalf("first job: exit %d, want %d\n%s", code1, exitFindings, errs1)
	}
	if data, _ := os.ReadFile(log); len(data) == 0 {
		t.Fatal("first job: the vet tool never ran")
	}
	os.Remove(log)

	job2 := filepath.Join(t.TempDir(), "restored")
	if out, err := exec.Command("cp", "-a", job1, job2).CombinedOutput(); err != nil {
		t.Fatalf("restoring the cache: %v\n%s", err, out)
	}
	t.Setenv("GOCACHE", job2)
	code2, out2, errs2 := statuslint(t, "-format=json", "./...")
	if code2 != code1 || out2 != out1 {
		t.Errorf("second job: exit %d, output\n%s%s\nwant exit %d and the first job's\n%s", code2, out2, errs2, code1, out1)
	}
	if data, err := os.ReadFile(log); err == nil {
		t.Errorf("second job ran the vet tool on packages the restored cache holds:\n%s", data)
	}
}

// TestEngineFallback: go vet refuses a whole run over an //go:embed
// pattern that matches no file (a web front end not built yet), which
// go/packages loads with an error on the package: -engine=auto analyzes
// such a module with the direct engine, -engine=vet says why it cannot.
func TestEngineFallback(t *testing.T) {
	endToEnd(t)
	buildSelf(t)
	module(t, map[string]string{
		"app.go":     handlers,
		"web/web.go": "package web\n\nimport \"embed\"\n\n//go:embed dist\nvar Dist embed.FS\n",
	})
	code, out, errs := statuslint(t, "./...")
	if code != exitFindings || !strings.Contains(out, "(wwwauthenticate)") {
		t.Errorf("-engine=auto: exit %d, want %d and the findings of the direct engine:\n%s%s", code, exitFindings, out, errs)
	}
	code, _, errs = statuslint(t, "-engine=vet", "./...")
	if code != exitError || !strings.Contains(errs, "dist") {
		t.Errorf("-engine=vet: exit %d, want %d and the go command's error:\n%s", code, exitError, errs)
	}
}

// TestStdNoReturn: stdNoReturnFuncs is what ctrlflow finds for the Go in
// use, on this platform, if the table is for this Go release and platform;
// otherwise every package with a function that never returns is at least
// in the table, so that the vet engine computes its facts. With -update it
// computes the table again, for every platform in stdNoReturnPlatforms,
// and rewrites stdnoreturn.go.
func TestStdNoReturn(t *testing.T) {
	endToEnd(t)
	out, err := exec.Command("go", "env", "GOVERSION", "GOOS", "GOARCH").Output()
	if err != nil {
		t.Fatal(err)
	}
	env := strings.Fields(string(out))
	release, platform := goRelease(env[0]), env[1]+"/"+env[2]
	if *updateGolden {
		var all []map[string]bool
		for _, p := range stdNoReturnPlatforms {
			all = append(all, computeStdNoReturn(t, p))
		}
		writeStdNoReturn(t, release, all)
		return
	}
	got := computeStdNoReturn(t, platform)
	if release == stdNoReturnGo && slices.Contains(stdNoReturnPlatforms, platform) {
		want := map[string]bool{}
		for _, f := range stdNoReturnFuncs {
			if f.platforms == "" || slices.Contains(strings.Fields(f.platforms), platform) {
				want[f.pkg+" "+f.obj] = true
			}
		}
		for k := range got {
			if !want[k] {
				t.Errorf("%s never returns, but stdnoreturn.go does not say so; go test -run TestStdNoReturn -update", k)
			}
		}
		for k := range want {
			if !got[k] {
				t.Errorf("stdnoreturn.go says %s never returns; it does; go test -run TestStdNoReturn -update", k)
			}
		}
		return
	}
	t.Logf("stdnoreturn.go is for %s, not %s on %s: checking its packages only", stdNoReturnGo, release, platform)
	for k := range got {
		if pkg, _, _ := strings.Cut(k, " "); !stdNoReturn(pkg) {
			t.Errorf("%s never returns, and its package is not in stdnoreturn.go; go test -run TestStdNoReturn -update", k)
		}
	}
}

// computeStdNoReturn returns the exported functions and methods of the
// standard library ctrlflow finds never return, on the platform
// (GOOS/GOARCH), as "package objectpath": those that other packages can
// call.
func computeStdNoReturn(t *testing.T, platform string) map[string]bool {
	goos, goarch, _ := strings.Cut(platform, "/")
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Env: append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch, "CGO_ENABLED=0")}
	pkgs, err := packages.Load(cfg, "std")
	if err != nil {
		t.Fatal(err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{ctrlflow.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for act := range graph.All() {
		if act.Analyzer != ctrlflow.Analyzer || act.Package == nil {
			continue
		}
		var enc objectpath.Encoder
		for _, f := range act.AllObjectFacts() {
			fn, ok := f.Object.(*types.Func)
			if !ok || fn.Pkg() != act.Package.Types || !fn.Exported() {
				continue
			}
			if path, err := enc.For(fn); err == nil {
				out[act.Package.PkgPath+" "+string(path)] = true
			}
		}
	}
	return out
}

// writeStdNoReturn writes stdnoreturn.go: the functions of the tables
// computed for stdNoReturnPlatforms, in that order, each with the
// platforms it is for where that is not all of them.
func writeStdNoReturn(t *testing.T, release string, tables []map[string]bool) {
	var keys []string
	for _, tab := range tables {
		for k := range tab {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by go test -run TestStdNoReturn -update; DO NOT EDIT.\n\npackage main\n\n")
	fmt.Fprintf(&b, "const stdNoReturnGo = %q\n\n", release)
	fmt.Fprintf(&b, "var stdNoReturnPlatforms = %#v\n\n", stdNoReturnPlatforms)
	fmt.Fprintf(&b, "var stdNoReturnFuncs = []stdFunc{\n")
	for _, k := range keys {
		var on []string
		for i, tab := range tables {
			if tab[k] {
				on = append(on, stdNoReturnPlatforms[i])
			}
		}
		platforms := strings.Join(on, " ")
		if len(on) == len(tables) {
			platforms = ""
		}
		pkg, obj, _ := strings.Cut(k, " ")
		fmt.Fprintf(&b, "\t{%q, %q, %q},\n", pkg, obj, platforms)
	}
	b.WriteString("}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("stdnoreturn.go", src, 0o666); err != nil {
		t.Fatal(err)
	}
}

// TestSplitVetOutput: before Go 1.26 the go command prints the vet tool's
// JSON on its stderr, each package's under its heading, beside the errors
// of the packages that do not build.
func TestSplitVetOutput(t *testing.T) {
	stderr := "# example.com/a\n{}\n# example.com/b\n{\n\t\"example.com/b\": {\"x\": []}\n}\n" +
		"# example.com/broken\nvet: broken/b.go:3:13: cannot use \"s\"\n" +
		"go: downloading example.com/c v1.0.0\n"
	js, rest := splitVetOutput(stderr)
	if want := "{}\n\n{\n\t\"example.com/b\": {\"x\": []}\n}\n\n"; js != want {
		t.Errorf("JSON:\n%q\nwant\n%q", js, want)
	}
	if want := "# example.com/broken\nvet: broken/b.go:3:13: cannot use \"s\"\ngo: downloading example.com/c v1.0.0\n"; rest != want {
		t.Errorf("the rest:\n%q\nwant\n%q", rest, want)
	}
	if _, errs := readVetJSON(strings.NewReader(js), nil); len(errs) != 0 {
		t.Errorf("the JSON does not read: %v", errs)
	}
}

// TestStaticBinary: the command links neither cgo nor the network stack.
// go vet starts it once per package; a dynamically linked binary starts
// slower (net/http, for one constant, once made it so).
func TestStaticBinary(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range strings.Fields(string(out)) {
		if p == "runtime/cgo" || p == "net" {
			t.Errorf("statuslint links %s: find what imports it (go list -deps -f '{{.ImportPath}} {{.Imports}}' .) and do without it", p)
		}
	}
}
