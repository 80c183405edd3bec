package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/cmd/statuslint/internal/report/sariftest"
)

// End-to-end tests of what a team adopting statuslint meets, each running
// the front end on a module of its own (STATUSLINT_E2E=1).

const optIn = `package app

import "net/http"

func Create(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
}

func Busy(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTooManyRequests)
}
`

// TestOptInRuleAlone: -createdlocation alone runs the opt-in rule, with no
// second flag to forget; so does -retryafter.
func TestOptInRuleAlone(t *testing.T) {
	endToEnd(t)
	module(t, map[string]string{"app.go": optIn})
	for _, rule := range []string{"createdlocation", "retryafter"} {
		code, out, errs := statuslint(t, "-"+rule, ".")
		if code != exitFindings || strings.Count(out, "\n") != 1 || !strings.Contains(out, "("+rule+")") {
			t.Errorf("-%s: exit %d, want %d and one %s finding:\n%s%s", rule, code, exitFindings, rule, out, errs)
		}
	}
}

// TestPartialResults: a package that does not build is reported, the
// others are analyzed, the run exits 1, and every output of the one
// analysis is a valid document that holds the findings and the failure.
func TestPartialResults(t *testing.T) {
	endToEnd(t)
	dir := module(t, map[string]string{
		"app.go":      handlers,
		"broken/b.go": "package broken\n\nvar X int = \"s\"\n",
		"uses/u.go":   "package uses\n\nimport _ \"example.com/app/broken\"\n",
	})
	os.Mkdir(filepath.Join(dir, ".git"), 0o777)
	code, out, errs := statuslint(t, "-format=sarif=out.sarif", "-format=json=out/statuslint.json", "-format=github", "./...")
	if code != exitError {
		t.Errorf("exit %d, want %d (errors win)", code, exitError)
	}
	for _, want := range []string{"b.go:3:13", "those that do were analyzed", "not analyzed", "example.com/app/uses"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr does not say %q:\n%s", want, errs)
		}
	}
	// -format=github on stdout: the findings, and the failure as an error annotation.
	if !strings.Contains(out, "::warning file=app.go,line=7,") || !strings.Contains(out, "::error title=statuslint::") {
		t.Errorf("-format=github:\n%s", out)
	}

	sarif, err := os.ReadFile(filepath.Join(dir, "out.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	if err := sariftest.Validate(sariftest.Schema(t), sarif); err != nil {
		t.Fatalf("%v\n%s", err, sarif)
	}
	for _, want := range []string{`"executionSuccessful": false`, `"ruleId": "wwwauthenticate"`, `b.go:3:13`} {
		if !strings.Contains(string(sarif), want) {
			t.Errorf("no %s in the SARIF log:\n%s", want, sarif)
		}
	}

	var log jsonLog
	data, _ := os.ReadFile(filepath.Join(dir, "out", "statuslint.json"))
	if err := json.Unmarshal(data, &log); err != nil || len(log.Findings) != 2 || len(log.Errors) == 0 {
		t.Errorf("-format=json=out/statuslint.json: %v, %d findings, errors %q:\n%s", err, len(log.Findings), log.Errors, data)
	}
}

// TestTags: -tags selects build-tagged files, as go build -tags.
func TestTags(t *testing.T) {
	endToEnd(t)
	module(t, map[string]string{"ok.go": clean, "it.go": "//go:build integration\n\n" + strings.Replace(handlers, "package app\n", "package app\n", 1)})
	if code, out, errs := statuslint(t, "."); code != exitClean {
		t.Errorf("without -tags: exit %d, want %d:\n%s%s", code, exitClean, out, errs)
	}
	if code, out, errs := statuslint(t, "-tags=integration", "."); code != exitFindings || !strings.Contains(out, "it.go:9:3:") {
		t.Errorf("-tags=integration: exit %d, want %d and it.go's findings:\n%s%s", code, exitFindings, out, errs)
	}
}

// TestFixDiffGitApply: -fix -diff prints a diff git apply takes, from the
// repository root or the module's directory below it.
func TestFixDiffGitApply(t *testing.T) {
	endToEnd(t)
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("no git")
	}
	root := t.TempDir()
	svc := filepath.Join(root, "svc")
	os.Mkdir(svc, 0o777)
	os.WriteFile(filepath.Join(svc, "go.mod"), []byte("module example.com/app\n\ngo 1.26\n"), 0o666)
	os.WriteFile(filepath.Join(svc, "app.go"), []byte(missingReturn), 0o666)
	if out, err := exec.Command(git, "-C", root, "init", "-q").CombinedOutput(); err != nil {
		t.Fatalf("git init: %v\n%s", err, out)
	}
	t.Chdir(svc)
	code, diff, errs := statuslint(t, "-fix", "-diff", ".")
	if code != exitFindings || !strings.HasPrefix(diff, "--- a/svc/app.go\n+++ b/svc/app.go\n@@ ") {
		t.Fatalf("-fix -diff: exit %d, want %d and a diff of a/svc/app.go:\n%s%s", code, exitFindings, diff, errs)
	}
	patch := filepath.Join(t.TempDir(), "fix.diff")
	os.WriteFile(patch, []byte(diff), 0o666)
	for _, dir := range []string{root, svc} {
		if out, err := exec.Command(git, "-C", dir, "apply", "--check", patch).CombinedOutput(); err != nil {
			t.Errorf("git apply --check in %s: %v\n%s\n%s", dir, err, out, diff)
		}
	}
	if out, err := exec.Command(git, "-C", root, "apply", patch).CombinedOutput(); err != nil {
		t.Fatalf("git apply: %v\n%s", err, out)
	}
	if data, _ := os.ReadFile(filepath.Join(svc, "app.go")); !strings.Contains(string(data), "http.StatusBadRequest)\n\t\treturn\n") {
		t.Errorf("after git apply:\n%s", data)
	}
}

// TestFixMainModuleOnly: -fix edits the main module's files, not a
// dependency's (here a replace to a directory beside it), and not a file
// a symbolic link in the module leads to outside it.
func TestFixMainModuleOnly(t *testing.T) {
	endToEnd(t)
	dir := module(t, map[string]string{"app.go": missingReturn})
	top := filepath.Dir(dir)
	dep := filepath.Join(top, "dep")
	os.Mkdir(dep, 0o777)
	os.WriteFile(filepath.Join(dep, "go.mod"), []byte("module example.com/dep\n\ngo 1.26\n"), 0o666)
	depSrc := strings.Replace(missingReturn, "package app", "package dep", 1)
	os.WriteFile(filepath.Join(dep, "dep.go"), []byte(depSrc), 0o666)
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/app\n\ngo 1.26\n\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ../dep\n"), 0o666)
	os.WriteFile(filepath.Join(dir, "use.go"), []byte("package app\n\nimport _ \"example.com/dep\"\n"), 0o666)
	outside := filepath.Join(t.TempDir(), "linked.go")
	linked := strings.Replace(missingReturn, "func Get(", "func GetLinked(", 1)
	os.WriteFile(outside, []byte(linked), 0o666)
	if err := os.Symlink(outside, filepath.Join(dir, "linked.go")); err != nil {
		t.Skip(err)
	}

	code, out, errs := statuslint(t, "-fix", ".", "example.com/dep")
	if code != exitFindings {
		t.Errorf("exit %d, want %d: the findings whose fixes were refused remain\n%s%s", code, exitFindings, out, errs)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "app.go")); !strings.Contains(string(data), "\t\treturn\n") {
		t.Errorf("the main module's app.go was not fixed:\n%s\n%s", data, errs)
	}
	if data, _ := os.ReadFile(filepath.Join(dep, "dep.go")); string(data) != depSrc {
		t.Errorf("the dependency was edited:\n%s", data)
	}
	if data, _ := os.ReadFile(outside); string(data) != linked {
		t.Errorf("the file outside the module was edited through the link:\n%s", data)
	}
	for _, want := range []string{"dep.go is not in the main module", "linked.go is a symbolic link to"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr does not say %q:\n%s", want, errs)
		}
	}
}

// TestConfigRun: .statuslint.yml switches rules off and leaves files out;
// a flag overrides it.
func TestConfigRun(t *testing.T) {
	endToEnd(t)
	module(t, map[string]string{
		".statuslint.yml": "disable: [wwwauthenticate]\nexclude: [legacy/...]\n",
		"app.go":          handlers,
		"legacy/l.go":     strings.Replace(handlers, "package app", "package legacy", 1),
	})
	code, out, errs := statuslint(t, "./...")
	if code != exitFindings || out != "app.go:14:3: 405 response without Allow header; set it to the allowed methods first, e.g. w.Header().Set(\"Allow\", \"DELETE\") (methodallow)\n" {
		t.Errorf("exit %d, want %d and app.go's methodallow finding alone:\n%s%s", code, exitFindings, out, errs)
	}
}
