package main

import (
	"bytes"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/cmd/statuslint/internal/report"
	"github.com/statuslint/statuslint/internal/settings"
)

// Quick tests of what a team adopting statuslint meets: baselines,
// written files, the text format and the configuration file. The
// end-to-end ones are in adopt_e2e_test.go.

func finding(dir, rule, fn, about, msg string, line int) report.Finding {
	pos := token.Position{Filename: filepath.Join(dir, "app.go"), Line: line, Column: 2}
	return report.Finding{Rule: rule, Pos: pos, End: pos, Func: fn, About: about, Message: msg}
}

// TestBaselineSurvivesRewording: a baseline keys on what a finding is
// about, so a release that rewords a message keeps it working; a
// baseline written before "about" existed still loads and matches by
// message.
func TestBaselineSurvivesRewording(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "baseline.json")
	before := []report.Finding{
		finding(dir, "wwwauthenticate", "Login", "w.WriteHeader(http.StatusUnauthorized)", "401 response without WWW-Authenticate header; set it", 7),
		finding(dir, "wwwauthenticate", "Login", "w.WriteHeader(http.StatusUnauthorized)", "401 response without WWW-Authenticate header; set it", 12),
		finding(dir, "methodallow", "Delete", "http.Error(w, \"no\", 405)", "405 response without Allow header", 20),
	}
	if err := writeBaseline(name, before); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(name)
	if !strings.Contains(string(data), `"about": "w.WriteHeader(http.StatusUnauthorized)"`) || !strings.Contains(string(data), `"count": 2`) {
		t.Errorf("baseline:\n%s", data)
	}
	b, err := readBaseline(name)
	if err != nil {
		t.Fatal(err)
	}
	// A new release rewords every message; the code moved too.
	var after []report.Finding
	for _, f := range before {
		f.Message = "reworded: " + strings.ToUpper(f.Message)
		f.Pos.Line += 5
		after = append(after, f)
	}
	if left := b.filter(after); len(left) != 0 {
		t.Errorf("reworded messages re-reported %d baselined findings: %+v", len(left), left)
	}
	// One more 401 in Login is new; so is the same code in another function.
	extra := append(after, after[0])
	other := after[2]
	other.Func = "Admin"
	extra = append(extra, other)
	if left := b.filter(extra); len(left) != 2 {
		t.Errorf("%d findings left, want the extra copy and the one in Admin: %+v", len(left), left)
	}

	// A baseline of the format before "about": matched by message, and
	// by methodallow's old name.
	old := `{"comment": "statuslint baseline", "findings": [
  {"rule": "wwwauthenticate", "file": "app.go", "function": "Login", "message": "401 response without WWW-Authenticate header; set it", "count": 2}
]}`
	os.WriteFile(name, []byte(old), 0o644)
	if b, err = readBaseline(name); err != nil {
		t.Fatalf("an old-format baseline does not load: %v", err)
	}
	if left := b.filter(before); len(left) != 1 || left[0].Rule != "methodallow" {
		t.Errorf("old-format baseline: left %+v, want only the methodallow finding", left)
	}
	old = strings.Replace(old, "\n]}", `,
  {"rule": "allowheader", "file": "app.go", "function": "Delete", "message": "405 response without Allow header"}
]}`, 1)
	os.WriteFile(name, []byte(old), 0o644)
	if b, err = readBaseline(name); err != nil {
		t.Fatal(err)
	}
	if left := b.filter(before); len(left) != 0 {
		t.Errorf("an entry under methodallow's old name allowheader does not match: left %+v", left)
	}
}

// TestWriteFile: the files statuslint writes are replaced whole, keep
// their permissions, leave no temporary file, and are never written
// through a symbolic link.
func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "out.sarif")
	os.WriteFile(name, []byte("old"), 0o600)
	if err := writeFile(name, []byte("new")); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(name)
	if data, _ := os.ReadFile(name); string(data) != "new" || fi.Mode().Perm() != 0o600 {
		t.Errorf("after writeFile: %q, mode %v", data, fi.Mode())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}

	outside := filepath.Join(t.TempDir(), "victim")
	os.WriteFile(outside, []byte("keep me"), 0o644)
	link := filepath.Join(dir, "baseline.json")
	if err := os.Symlink(outside, link); err != nil {
		t.Skip(err)
	}
	err := writeBaseline(link, nil)
	if err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("writeBaseline through a symlink: %v", err)
	}
	if data, _ := os.ReadFile(outside); string(data) != "keep me" {
		t.Errorf("the link's target was written: %q", data)
	}
}

// TestTextRelated: related places follow their finding as go vet prints
// them: a line each, the message indented by a tab after the position.
func TestTextRelated(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	f := finding(dir, "clienterror", "Create", "", "500 for client input; use 400", 24)
	f.Related = []report.Related{{Pos: token.Position{Filename: filepath.Join(dir, "app.go"), Line: 23, Column: 9}, Message: "the error comes from here"}}
	var buf bytes.Buffer
	if err := writeText(&buf, []report.Finding{f}); err != nil {
		t.Fatal(err)
	}
	want := "app.go:24:2: 500 for client input; use 400 (clienterror)\napp.go:23:9: \tthe error comes from here\n"
	if buf.String() != want {
		t.Errorf("got\n%q\nwant\n%q", buf.String(), want)
	}
}

func TestAbout(t *testing.T) {
	src := []byte("package p\n\nfunc f() {\n\tw.WriteHeader(\n\t\thttp.StatusUnauthorized)\n}\n")
	start := bytes.Index(src, []byte("w.Write"))
	end := bytes.Index(src, []byte(")\n}")) + 1
	pos := token.Position{Filename: "f.go", Offset: start}
	if got := report.About(src, pos, token.Position{Filename: "f.go", Offset: end}); got != "w.WriteHeader( http.StatusUnauthorized)" {
		t.Errorf("About = %q", got)
	}
	if got := report.About(src, pos, pos); got != "" {
		t.Errorf("About of an empty range = %q", got)
	}
	long := []byte(strings.Repeat("x + ", 100))
	got := report.About(long, token.Position{Offset: 0}, token.Position{Offset: len(long)})
	if len(got) > 90 || !strings.Contains(got, "…") {
		t.Errorf("About of a long range = %q", got)
	}
}

// TestConfigFile: .statuslint.yml is found from the current directory up
// to the repository root; a key it does not know is an error naming it.
func TestConfigFile(t *testing.T) {
	t.Cleanup(func() { settings.Reset(analyzer.Analyzers) })
	root := t.TempDir()
	os.Mkdir(filepath.Join(root, ".git"), 0o777)
	sub := filepath.Join(root, "svc", "api")
	os.MkdirAll(sub, 0o777)
	cfg := "# settings for every place statuslint runs\ndisable: [superfluouswrite]\nenable: [retryafter]\noptions:\n  badrequest.validation: 400\n  statuscode: {literals: true}\nexclude: [internal/legacy/..., '*_gen.go', svc/old.go]\ntags: [integration]\ntest: false\nbaseline: statuslint-baseline.json\n"
	os.WriteFile(filepath.Join(root, ".statuslint.yml"), []byte(cfg), 0o644)
	t.Chdir(sub)
	c, err := loadConfig("")
	if err != nil || c == nil {
		t.Fatalf("loadConfig: %v, %v", c, err)
	}
	if c.name != filepath.Join(root, ".statuslint.yml") || *c.Test || c.Tags[0] != "integration" || c.path(c.Baseline) != filepath.Join(root, "statuslint-baseline.json") {
		t.Errorf("config %+v", c)
	}
	for file, want := range map[string]bool{
		"internal/legacy/a.go":   true,
		"internal/legacy/x/b.go": true,
		"internal/legacyx/a.go":  false,
		"api/types_gen.go":       true,
		"svc/old.go":             true,
		"svc/new.go":             false,
	} {
		if got := c.excluded(filepath.Join(root, file)); got != want {
			t.Errorf("excluded(%s) = %v, want %v", file, got, want)
		}
	}

	o, err := parseFlags([]string{"-baseline=other.json", "-tags=e2e", "."}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if o.tags != "e2e" || o.baseline != "other.json" || o.tests || findAnalyzer("badrequest").Flags.Lookup("validation").Value.String() != "400" || findAnalyzer("statuscode").Flags.Lookup("literals").Value.String() != "true" {
		t.Errorf("flags do not override the file, or the file is not read: %+v", o)
	}
	for _, a := range o.analyzers {
		if a.Name == "superfluouswrite" {
			t.Error("superfluouswrite runs, but the file disables it")
		}
	}
	if _, err = parseFlags([]string{"-badrequest.validation=422", "."}, nil); err != nil || findAnalyzer("badrequest").Flags.Lookup("validation").Value.String() != "422" {
		t.Errorf("-badrequest.validation=422 does not override the file: %v", err)
	}
	if o, err = parseFlags([]string{"-config=none", "."}, nil); err != nil || o.config != nil || findAnalyzer("statuscode").Flags.Lookup("literals").Value.String() != "false" {
		t.Errorf("-config=none: %v, %v", o.config, err)
	}

	// A rule's old name works in the file too.
	os.WriteFile(filepath.Join(root, ".statuslint.yml"), []byte("disable: [allowheader]\n"), 0o644)
	if o, err = parseFlags([]string{"."}, nil); err != nil {
		t.Fatal(err)
	}
	for _, a := range o.analyzers {
		if a.Name == "methodallow" {
			t.Error("disable: [allowheader] does not switch methodallow off")
		}
	}

	for bad, want := range map[string]string{
		"disabled: [superfluouswrite]\n":        `unknown key "disabled"`,
		"disable: [superfluous]\n":              `unknown rule "superfluous"`,
		"options: {statuscode.literal: 1}":      `unknown option "statuscode.literal"`,
		"options: {badrequest.validation: 418}": `options: badrequest.validation: invalid value "418"`,
		"test: maybe\n":                         "test: want bool",
		"exclude: ['[']\n":                      "exclude:",
		"- a list\n":                            "want a mapping",
		"disable: [\n":                          ".statuslint.yml:",
	} {
		os.WriteFile(filepath.Join(root, ".statuslint.yml"), []byte(bad), 0o644)
		code, _, errs := statuslint(t, ".")
		if code != exitUsage || !strings.Contains(errs, want) || !strings.Contains(errs, ".statuslint.yml") {
			t.Errorf("%q: exit %d, %q; want exit %d and %q", bad, code, errs, exitUsage, want)
		}
	}
}
