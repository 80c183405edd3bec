package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/cmd/statuslint/internal/report/sariftest"
	"go.yaml.in/yaml/v4"
)

// The GitHub Action (action.yml at the repository root), run as far as it
// runs offline: its shell steps in bash with the expressions the runner
// would evaluate, a go install that copies this checkout's build instead of
// fetching the module, and the upload step checked, not run.

type action struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

type actionStep struct {
	ID               string            `yaml:"id"`
	If               string            `yaml:"if"`
	Uses             string            `yaml:"uses"`
	Shell            string            `yaml:"shell"`
	Run              string            `yaml:"run"`
	Env              map[string]string `yaml:"env"`
	With             map[string]string `yaml:"with"`
	WorkingDirectory string            `yaml:"working-directory"`
}

var expression = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)

// eval substitutes the ${{ }} expressions the action uses: context
// lookups, joined by ||.
func eval(s string, ctx map[string]string) string {
	return expression.ReplaceAllStringFunc(s, func(m string) string {
		for _, term := range strings.Split(expression.FindStringSubmatch(m)[1], "||") {
			if v := ctx[strings.TrimSpace(term)]; v != "" {
				return v
			}
		}
		return ""
	})
}

func TestAction(t *testing.T) {
	endToEnd(t)
	data, err := os.ReadFile(filepath.Join("..", "..", "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a action
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	if a.Runs.Using != "composite" {
		t.Fatalf("runs.using = %q", a.Runs.Using)
	}
	steps := map[string]actionStep{}
	for _, s := range a.Runs.Steps {
		if s.ID != "" {
			steps[s.ID] = s
		}
		if s.Uses != "" && (s.Uses != "github/codeql-action/upload-sarif@v3" || !strings.Contains(s.If, "always()") || s.With["sarif_file"] != "${{ steps.lint.outputs.sarif-file }}") {
			t.Errorf("upload step: %+v; want upload-sarif@v3 of the lint step's log, always", s)
		}
	}

	realGo, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	built := filepath.Join(tmp, "statuslint")
	if out, err := exec.Command(realGo, "build", "-o", built, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// A go that installs this build: go install would fetch the module.
	fakeBin, gopath := filepath.Join(tmp, "fakebin"), filepath.Join(tmp, "gopath")
	os.MkdirAll(fakeBin, 0o777)
	os.MkdirAll(filepath.Join(gopath, "bin"), 0o777)
	fake := fmt.Sprintf(`#!/bin/bash
if [[ $1 == install ]]; then echo "$*" >%q; cp %q %q; exit; fi
if [[ $1 == env && $2 == GOPATH ]]; then echo %q; exit; fi
exec %q "$@"
`, filepath.Join(tmp, "install.log"), built, filepath.Join(gopath, "bin", "statuslint"), gopath, realGo)
	os.WriteFile(filepath.Join(fakeBin, "go"), []byte(fake), 0o777)

	dir := module(t, map[string]string{"app.go": handlers})
	ctx := map[string]string{"github.action_ref": "v9.9.9"}
	for name, in := range a.Inputs {
		ctx["inputs."+name] = in.Default
	}
	outputs := filepath.Join(tmp, "outputs")
	// step runs a shell step as the runner would; it returns the exit
	// status and the output.
	step := func(id string) (int, string) {
		s, ok := steps[id]
		if !ok || s.Shell != "bash" {
			t.Fatalf("no bash step %q in action.yml", id)
		}
		cmd := exec.Command("bash", "-e", "-c", s.Run)
		cmd.Dir = filepath.Join(dir, eval(s.WorkingDirectory, ctx))
		cmd.Env = append(os.Environ(), "PATH="+fakeBin+string(os.PathListSeparator)+os.Getenv("PATH"),
			"GITHUB_OUTPUT="+outputs, "GITHUB_PATH="+filepath.Join(tmp, "path"))
		for k, v := range s.Env {
			cmd.Env = append(cmd.Env, k+"="+eval(v, ctx))
		}
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(out)
		} else if err != nil {
			t.Fatal(err)
		}
		return 0, string(out)
	}

	// install: the version the action is used at.
	if code, out := step("install"); code != 0 {
		t.Fatalf("install: exit %d\n%s", code, out)
	}
	if log, _ := os.ReadFile(filepath.Join(tmp, "install.log")); string(log) != "install github.com/statuslint/statuslint/cmd/statuslint@v9.9.9\n" {
		t.Errorf("install ran go %s", log)
	}

	// lint: one analysis, SARIF written, annotations printed, the exit
	// status an output, the step itself green so the upload runs.
	code, out := step("lint")
	if code != 0 || !strings.Contains(out, "::warning file=app.go,line=7,") {
		t.Errorf("lint: exit %d, want 0 and annotations:\n%s", code, out)
	}
	outs, _ := os.ReadFile(outputs)
	for _, line := range strings.Split(strings.TrimSpace(string(outs)), "\n") {
		k, v, _ := strings.Cut(line, "=")
		ctx["steps.lint.outputs."+k] = v
	}
	if ctx["steps.lint.outputs.exit-code"] != "3" {
		t.Errorf("exit-code output %q, want 3", ctx["steps.lint.outputs.exit-code"])
	}
	sarif, err := os.ReadFile(ctx["steps.lint.outputs.sarif-file"])
	if err != nil {
		t.Fatal(err)
	}
	if err := sariftest.Validate(sariftest.Schema(t), sarif); err != nil || !bytes.Contains(sarif, []byte(`"ruleId": "wwwauthenticate"`)) {
		t.Errorf("the SARIF log: %v\n%s", err, sarif)
	}

	// verdict: the job fails on findings, passes when clean.
	if code, out := step("verdict"); code != 3 {
		t.Errorf("verdict after findings: exit %d, want 3\n%s", code, out)
	}
	ctx["steps.lint.outputs.exit-code"] = "0"
	if code, out := step("verdict"); code != 0 {
		t.Errorf("verdict when clean: exit %d, want 0\n%s", code, out)
	}
}
