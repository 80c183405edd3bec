package main

import (
	"bytes"
	"encoding/json"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/cmd/statuslint/internal/report/sariftest"
)

// The front end is tested in-process on small modules written to a
// temporary directory; .ci/e2e.sh runs the built binary.

const handlers = `package app

import "net/http"

func Login(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
}

func Delete(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodDelete {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
}
`

const clean = `package app

import "net/http"

func OK(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("ok"))
}
`

// module writes a module with the given files and makes it the current
// directory.
func module(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/app\n\ngo 1.26\n"
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	return dir
}

// endToEnd skips a test that runs the whole front end several times (each
// run type-checks net/http from source) unless STATUSLINT_E2E is set:
// .ci/run sets it, and `go test ./...` stays quick. TestTextFormat runs
// the front end once either way.
func endToEnd(t *testing.T) {
	t.Helper()
	if os.Getenv("STATUSLINT_E2E") == "" {
		t.Skip("end to end: STATUSLINT_E2E=1 runs it (.ci/run does)")
	}
}

func statuslint(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// TestExitStatus: one rule in every format — 0 clean, 3 findings, 1 when
// the packages cannot be loaded — unlike the stock driver's -json, which
// exits 0 with findings.
func TestExitStatus(t *testing.T) {
	endToEnd(t)
	module(t, map[string]string{"app.go": handlers, "ok/ok.go": clean, "broken/b.go": "package broken\nvar x int = \"s\"\n"})
	for _, format := range formats {
		code, out, errs := statuslint(t, "-format="+format, ".")
		if code != exitFindings {
			t.Errorf("-format=%s with findings: exit %d, want %d\n%s", format, code, exitFindings, errs)
		}
		if !strings.Contains(out, "WWW-Authenticate") {
			t.Errorf("findings not in the %s output:\n%s", format, out)
		}
	}
	// Loading is the slow part: clean and broken once, in the format the
	// stock driver gets wrong.
	if code, out, errs := statuslint(t, "-format=json", "./ok"); code != exitClean {
		t.Errorf("clean package: exit %d, want %d\n%s%s", code, exitClean, out, errs)
	}
	if code, _, errs := statuslint(t, "-format=json", "./broken"); code != exitError || !strings.Contains(errs, "b.go:2:") {
		t.Errorf("broken package: exit %d, want %d, and the error's position in:\n%s", code, exitError, errs)
	}
}

func TestTextFormat(t *testing.T) {
	module(t, map[string]string{"app.go": handlers})
	_, out, _ := statuslint(t, ".")
	want := "app.go:7:3: 401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. w.Header().Set(\"WWW-Authenticate\", \"Bearer\") (wwwauthenticate)\n" +
		"app.go:14:3: 405 response without Allow header; set it to the allowed methods first, e.g. w.Header().Set(\"Allow\", \"DELETE\") (methodallow)\n"
	// Sorted by position; paths relative to the current directory.
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

func TestJSONFormat(t *testing.T) {
	endToEnd(t)
	module(t, map[string]string{"app.go": handlers})
	_, out, _ := statuslint(t, "-json", ".") // the x/tools spelling of -format=json
	var log jsonLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(log.Findings) != 2 {
		t.Fatalf("%d findings, want 2 (a package and its test variant report once):\n%s", len(log.Findings), out)
	}
	f := log.Findings[0]
	if f.Rule != "wwwauthenticate" || f.File != "app.go" || f.Line != 7 || f.Func != "Login" || f.Posn != "app.go:7:3" {
		t.Errorf("first finding %+v", f)
	}
}

// TestRuleSelection: -NAME runs only the named rules, -NAME=false drops one.
func TestRuleSelection(t *testing.T) {
	endToEnd(t)
	module(t, map[string]string{"app.go": handlers})
	for _, tc := range []struct {
		args []string
		want []string
		not  []string
	}{
		{[]string{"-methodallow", "."}, []string{"(methodallow)"}, []string{"(wwwauthenticate)"}},
		{[]string{"-allowheader=false", "."}, []string{"(wwwauthenticate)"}, []string{"(methodallow)"}},
	} {
		_, out, _ := statuslint(t, tc.args...)
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: no %s in\n%s", tc.args, w, out)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(out, n) {
				t.Errorf("%v: %s in\n%s", tc.args, n, out)
			}
		}
	}
}

func TestUsageErrors(t *testing.T) {
	module(t, map[string]string{"app.go": handlers})
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-format=xml", "."}, `invalid value "xml" for flag -format: want one of text, json, sarif, github`},
		{[]string{"-format=json", "-format=sarif", "."}, "-format=json and -format=sarif both write to stdout"},
		{[]string{"-format=sarif=a.sarif", "-format=json=a.sarif", "."}, "a.sarif is written twice"},
		{[]string{"-format=sarif=", "."}, "no file after sarif="},
		{[]string{"-createdlocation", "-createdlocation.enable=false", "."}, "-createdlocation.enable=false switches off the rule -createdlocation runs"},
		{[]string{"-retryafter.enable", "-retryafter=false", "."}, "-retryafter.enable switches on the rule -retryafter=false switches off"},
		{[]string{"-retryafter", "-retryafter.enable=0", "."}, "-retryafter.enable=false switches off"},
		{append(allOff(), "."), "no rule would run"},
		{[]string{"help", "a", "b"}, "help takes at most one rule"},
		{[]string{"-badrequest.validation=418", "."}, `invalid value "418" for flag -badrequest.validation`},
		{[]string{"-nosuchflag", "."}, "flag provided but not defined: -nosuchflag"},
		{[]string{"-diff", "."}, "-diff needs -fix"},
		{[]string{}, "no packages given"},
		{[]string{"-explain", "nosuchrule"}, `no rule "nosuchrule"`},
	} {
		code, _, errs := statuslint(t, tc.args...)
		if code != exitUsage || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tc.args, code, errs, exitUsage, tc.want)
		}
		if strings.Count(errs, "\n") > 1 {
			t.Errorf("%v: a usage error takes one line, got:\n%s", tc.args, errs)
		}
	}
}

// allOff switches off every rule but the opt-in ones, which are off anyway.
func allOff() []string {
	var args []string
	for _, a := range analyzer.Analyzers {
		if analyzer.OnByDefault(a) {
			args = append(args, "-"+a.Name+"=false")
		}
	}
	return args
}

func TestLoadErrors(t *testing.T) {
	module(t, map[string]string{"app.go": handlers, "syntax/s.go": "package syntax\nfunc f( {\n", "empty/README": "no Go here\n"})
	for _, tc := range []struct {
		pattern, want string
	}{
		{"./nothere/...", "cannot load ./nothere/..."},
		{"./empty/...", "./empty/... matched no packages"},
		{"example.com/app/nothere", "cannot load example.com/app/nothere"},
		{"./syntax", "packages do not build"},
	} {
		code, _, errs := statuslint(t, tc.pattern)
		if code != exitError || !strings.Contains(errs, tc.want) {
			t.Errorf("%s: exit %d, stderr %q; want exit %d and %q", tc.pattern, code, errs, exitError, tc.want)
		}
		if strings.Contains(errs, "goroutine ") {
			t.Errorf("%s: stack trace in\n%s", tc.pattern, errs)
		}
	}
}

func TestExplainList(t *testing.T) {
	code, out, _ := statuslint(t, "-explain", "wwwauthenticate")
	if code != exitClean || !strings.HasPrefix(out, "wwwauthenticate: on by default\n\nreport 401 responses without a WWW-Authenticate header") {
		t.Errorf("-explain: exit %d\n%s", code, out)
	}
	_, out, _ = statuslint(t, "help", "createdlocation")
	if !strings.Contains(out, "off by default; -createdlocation runs it alone, -createdlocation.enable adds it to the others") {
		t.Errorf("help createdlocation:\n%s", out)
	}
	// go vet's usage says "statuslint help": the usage and the rules.
	code, out, _ = statuslint(t, "help")
	if code != exitClean || !strings.Contains(out, "Usage:") || !strings.Contains(out, "-format FORMAT") || !strings.Contains(out, "retryafter        off ") {
		t.Errorf("help: exit %d\n%s", code, out)
	}
	_, out, _ = statuslint(t, "-list")
	for _, want := range []string{"successonerror    on ", "retryafter        off ", "directive         on "} {
		if !strings.Contains(out, want) {
			t.Errorf("-list has no %q:\n%s", want, out)
		}
	}
}

// TestBaseline: recorded findings stay quiet when unrelated code moves
// them; a new one, or one more copy of a recorded one, is reported.
func TestBaseline(t *testing.T) {
	endToEnd(t)
	dir := module(t, map[string]string{"app.go": handlers})
	if code, _, errs := statuslint(t, "-write-baseline", "statuslint-baseline.json", "./..."); code != exitClean {
		t.Fatalf("-write-baseline: exit %d\n%s", code, errs)
	}
	data, err := os.ReadFile(filepath.Join(dir, "statuslint-baseline.json"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), `"line"`) || !strings.Contains(string(data), `"function": "Login"`) {
		t.Errorf("baseline records lines or no functions:\n%s", data)
	}
	// Unrelated edits above the findings move every line.
	moved := strings.Replace(handlers, "import \"net/http\"\n", "import \"net/http\"\n\n// Unrelated.\nfunc helper() int {\n\treturn 1\n}\n", 1)
	os.WriteFile(filepath.Join(dir, "app.go"), []byte(moved), 0o666)
	if code, out, errs := statuslint(t, "-baseline", "statuslint-baseline.json", "./..."); code != exitClean || out != "" {
		t.Errorf("after unrelated edits: exit %d\n%s%s", code, out, errs)
	}
	// A second 401 in Login, and a new handler.
	more := strings.Replace(moved, "\t\treturn\n\t}\n}\n", "\t\treturn\n\t}\n\tif r.URL.User == nil {\n\t\tw.WriteHeader(http.StatusUnauthorized)\n\t}\n}\n", 1) +
		"\nfunc Admin(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusUnauthorized)\n}\n"
	os.WriteFile(filepath.Join(dir, "app.go"), []byte(more), 0o666)
	code, out, _ := statuslint(t, "-baseline", "statuslint-baseline.json", "./...")
	if code != exitFindings || strings.Count(out, "\n") != 2 {
		t.Errorf("new findings: exit %d, want %d and 2 lines:\n%s", code, exitFindings, out)
	}
	// The baseline is found from any directory: paths are relative to it.
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o777)
	t.Chdir(sub)
	if code, out, _ := statuslint(t, "-baseline", "../statuslint-baseline.json", "example.com/app"); strings.Count(out, "\n") != 2 {
		t.Errorf("from a subdirectory: exit %d:\n%s", code, out)
	}
	if code, _, errs := statuslint(t, "-baseline", "nosuch.json", "example.com/app"); code != exitError || !strings.Contains(errs, "nosuch.json") {
		t.Errorf("missing baseline: exit %d, %s", code, errs)
	}
}

const missingReturn = `package app

import "net/http"

func Get(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
	}
	w.Write([]byte("item"))
}
`

func TestFix(t *testing.T) {
	endToEnd(t)
	dir := module(t, map[string]string{"app.go": missingReturn})
	code, out, _ := statuslint(t, "-fix", "-diff", ".")
	if code != exitFindings || !strings.Contains(out, "+\t\treturn") || !strings.HasPrefix(out, "--- ") {
		t.Errorf("-fix -diff: exit %d, want %d and a diff adding the return:\n%s", code, exitFindings, out)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "app.go")); string(data) != missingReturn {
		t.Errorf("-fix -diff changed the file")
	}
	code, out, errs := statuslint(t, "-fix", ".")
	if code != exitClean || out != "" {
		t.Errorf("-fix: exit %d, want %d (every finding fixed):\n%s%s", code, exitClean, out, errs)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "app.go"))
	if !strings.Contains(string(data), "http.StatusBadRequest)\n\t\treturn\n") {
		t.Errorf("fixed file:\n%s", data)
	}
	if _, err := parser.ParseFile(token.NewFileSet(), "app.go", data, 0); err != nil {
		t.Error(err)
	}
	if code, out, _ := statuslint(t, "."); code != exitClean {
		t.Errorf("after -fix: exit %d\n%s", code, out)
	}
}

// TestSuppression: //statuslint:ignore works in the standalone driver too,
// and a directive without a reason is reported.
func TestSuppression(t *testing.T) {
	endToEnd(t)
	src := strings.Replace(handlers, "\t\tw.WriteHeader(http.StatusUnauthorized)", "\t\t//statuslint:ignore wwwauthenticate the gateway adds the challenge\n\t\tw.WriteHeader(http.StatusUnauthorized)", 1)
	src = strings.Replace(src, "\t\thttp.Error(w, \"method", "\t\t//statuslint:ignore allowheader\n\t\thttp.Error(w, \"method", 1)
	module(t, map[string]string{"app.go": src})
	_, out, _ := statuslint(t, ".")
	if strings.Contains(out, "(wwwauthenticate)") {
		t.Errorf("silenced finding reported:\n%s", out)
	}
	if !strings.Contains(out, "needs a reason") || !strings.Contains(out, "(methodallow)") {
		t.Errorf("a directive without a reason must be reported and silence nothing:\n%s", out)
	}
}

func TestVetInvocation(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-V=full"}, true},
		{[]string{"-flags"}, true},
		{[]string{"-badrequest.validation=400", "/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"./..."}, false},
		{[]string{"-format=sarif", "./..."}, false},
		{nil, false},
	} {
		if got := vetInvocation(tc.args); got != tc.want {
			t.Errorf("vetInvocation(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

// TestCgoWithoutCompiler: a package using cgo on a machine without a C
// compiler is an error that says what to do, not a crash.
func TestCgoWithoutCompiler(t *testing.T) {
	module(t, map[string]string{"c/c.go": "package c\n\n// int one(void) { return 1; }\nimport \"C\"\n\nfunc One() int { return int(C.one()) }\n"})
	t.Setenv("CGO_ENABLED", "1")
	t.Setenv("CC", filepath.Join(t.TempDir(), "no-such-cc"))
	code, _, errs := statuslint(t, "./c")
	if code != exitError || !strings.Contains(errs, "cgo needs a C compiler") {
		t.Errorf("exit %d, want %d and a hint about the C compiler:\n%s", code, exitError, errs)
	}
}

// TestRepoRelative: SARIF and annotations name files from the repository
// root, wherever in it statuslint runs; text output from the current
// directory.
func TestRepoRelative(t *testing.T) {
	endToEnd(t)
	dir := module(t, map[string]string{"svc/app.go": handlers})
	os.Mkdir(filepath.Join(dir, ".git"), 0o777)
	t.Chdir(filepath.Join(dir, "svc"))
	_, out, _ := statuslint(t, "-format=github", ".")
	if !strings.Contains(out, "file=svc/app.go,") {
		t.Errorf("-format=github paths are not repository-relative:\n%s", out)
	}
	_, out, _ = statuslint(t, "-format=sarif", ".")
	if !strings.Contains(out, `"uri": "svc/app.go"`) {
		t.Errorf("-format=sarif URIs are not repository-relative:\n%s", out)
	}
	_, out, _ = statuslint(t, ".")
	if !strings.HasPrefix(out, "app.go:7:3: ") {
		t.Errorf("text paths are not relative to the current directory:\n%s", out)
	}
}

// TestSARIFValid: what the command writes for code scanning — related
// locations, fixes and all — is valid SARIF 2.1.0 that GitHub accepts.
func TestSARIFValid(t *testing.T) {
	endToEnd(t)
	module(t, map[string]string{"app.go": handlers, "get.go": strings.Replace(missingReturn, "func Get(", "func GetItem(", 1)})
	code, out, errs := statuslint(t, "-format=sarif", ".")
	if code != exitFindings {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	if err := sariftest.Validate(sariftest.Schema(t), []byte(out)); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{`"ruleId": "missingreturn"`, `"relatedLocations"`, `"fixes"`, `"ruleId": "wwwauthenticate"`} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s in the SARIF log", want)
		}
	}
}

// TestNewerGo: under a go command of a newer release than the one it was
// built with, statuslint says so at once and exits 1, in every engine,
// instead of failing on every package's types.
func TestNewerGo(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("a shell script for the go command")
	}
	real, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	// A go command that is go1.999.0 for go env, and the real one otherwise.
	bin := t.TempDir()
	script := "#!/bin/sh\nif [ \"$1\" = env ]; then " + real + " \"$@\" | sed 's/\"go1[.0-9]*\"/\"go1.999.0\"/'; exit; fi\nexec " + real + " \"$@\"\n"
	if err := os.WriteFile(filepath.Join(bin, "go"), []byte(script), 0o777); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	module(t, map[string]string{"app.go": handlers})
	for _, args := range [][]string{{"./..."}, {"-engine=direct", "./..."}, {"-routes", "./..."}} {
		code, out, errs := statuslint(t, args...)
		if code != exitError || out != "" || !strings.Contains(errs, "the go command is go1.999.0: this statuslint was built with "+runtime.Version()) || !strings.Contains(errs, "GOTOOLCHAIN=go1.999.0 go install") {
			t.Errorf("%s: exit %d, want %d and why\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, exitError, out, errs)
		}
	}
}
