package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestMain(m *testing.M) {
	// The tests run the command in process: keep its replay cache out of
	// the user's cache directory.
	dir, err := os.MkdirTemp("", "statuslint-replay")
	if err != nil {
		panic(err)
	}
	os.Setenv("STATUSLINT_CACHE", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestReplayDigest: the digest changes with every input the go command
// would see change, and only with those.
func TestReplayDigest(t *testing.T) {
	dir := module(t, map[string]string{
		"app.go":                  "package app\n",
		"api/api.go":              "package api\n",
		"api/README.md":           "notes\n",
		"api/testdata/x.go":       "package x\n",
		"api/_old/old.go":         "package old\n",
		"api/.cache/c.go":         "package c\n",
		"tools/go.mod":            "module example.com/tools\n",
		"tools/tool.go":           "package tools\n",
		"vendor/modules.txt":      "",
		"vendor/example.com/v.go": "package v\n",
	})
	e := &replayEntry{
		Walk:  []string{"."},
		Dirs:  []string{filepath.Join(dir, "api"), dir},
		Files: []string{filepath.Join(dir, "go.mod"), filepath.Join(dir, "go.work")},
	}
	sum := func() string {
		t.Helper()
		s, _, err := e.digest()
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	write := func(name, content string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	base := sum()
	if sum() != base {
		t.Fatal("the digest of the same files differs")
	}
	for _, tc := range []struct {
		what    string
		change  func()
		changes bool
	}{
		{"a Go file edited", func() { write("api/api.go", "package api\n\nvar X int\n") }, true},
		{"a Go file added", func() { write("api/more.go", "package api\n") }, true},
		{"a package added below", func() { write("api/v2/v2.go", "package v2\n") }, true},
		{"an empty directory added", func() { os.Mkdir("web", 0o777) }, true},
		{"a Go file in a directory that had none", func() { write("web/web.go", "package web\n") }, true},
		{"go.mod edited", func() { write("go.mod", "module example.com/app\n\ngo 1.25\n") }, true},
		{"go.work created", func() { write("go.work", "go 1.26\n\nuse .\n") }, true},
		{"another file's content in a package", func() { write("api/README.md", "other notes\n") }, false},
		{"a file that is not built added", func() { write("api/notes.txt", "notes\n") }, false},
		{"an editor's swap file", func() { write("api/.api.go.swp", "swap\n") }, false},
		{"testdata", func() { write("api/testdata/x.go", "package y\n") }, false},
		{"a _ directory", func() { write("api/_old/old.go", "package older\n") }, false},
		{"a . directory", func() { write("api/.cache/d.go", "package d\n") }, false},
		{"a nested module's files", func() { write("tools/tool.go", "package tools\n\nvar T int\n") }, false},
		{"a nested module's go.mod removed", func() { os.Remove("tools/go.mod") }, true},
		{"vendor, not built", func() { write("vendor/example.com/v.go", "package w\n") }, false},
	} {
		before := sum()
		tc.change()
		if after := sum(); (after != before) != tc.changes {
			t.Errorf("%s: digest changed = %v, want %v", tc.what, after != before, tc.changes)
		}
	}
	// An input that cannot be read is no digest (the run is not replayed).
	e.Dirs = append(e.Dirs, filepath.Join(dir, "gone"))
	if _, _, err := e.digest(); err == nil {
		t.Error("a package directory that is gone: want an error")
	}
}

func TestReplayPatterns(t *testing.T) {
	for _, tc := range []struct {
		patterns []string
		replay   bool
		walk     []string
	}{
		{[]string{"./..."}, true, []string{"."}},
		{[]string{"."}, true, nil},
		{[]string{"./api", "./cmd/..."}, true, []string{"cmd"}},
		{[]string{"../other/..."}, true, []string{filepath.Join("..", "other")}},
		{[]string{"example.com/app/..."}, false, nil},
		{[]string{"./...", "std"}, false, nil},
		{[]string{"./a/.../b"}, false, nil},
		{nil, false, nil},
	} {
		if got := dirPatterns(tc.patterns); got != tc.replay {
			t.Errorf("dirPatterns(%q) = %v, want %v", tc.patterns, got, tc.replay)
		}
		if got := walkRoots(tc.patterns); strings.Join(got, " ") != strings.Join(tc.walk, " ") {
			t.Errorf("walkRoots(%q) = %q, want %q", tc.patterns, got, tc.walk)
		}
	}
}

// TestReplay: a second run with nothing changed is answered from the
// replay cache with what the first printed; an edit, a new package, other
// flags, another directory or the cache switched off are not.
func TestReplay(t *testing.T) {
	endToEnd(t)
	buildSelf(t)
	cache := t.TempDir()
	t.Setenv("STATUSLINT_CACHE", cache)
	old := replaySlack
	replaySlack = 0
	t.Cleanup(func() { replaySlack = old })
	module(t, map[string]string{"app.go": handlers, "ok/ok.go": clean})

	run := func(want bool, args ...string) (int, string) {
		t.Helper()
		before := replayed
		code, out, errs := statuslint(t, append([]string{"-engine=vet", "-format=json"}, args...)...)
		if code == exitError || code == exitUsage {
			t.Fatalf("%s: exit %d\n%s", strings.Join(args, " "), code, errs)
		}
		if got := replayed > before; got != want {
			t.Errorf("%s: replayed = %v, want %v", strings.Join(args, " "), got, want)
		}
		return code, out
	}
	code1, out1 := run(false, "./...")
	code2, out2 := run(true, "./...")
	if code2 != code1 || out2 != out1 {
		t.Errorf("replayed: exit %d\n%s\nwant exit %d and\n%s", code2, out2, code1, out1)
	}
	// Findings of one package only: the roots are part of what is replayed.
	_, ok1 := run(false, "./ok")
	if _, ok2 := run(true, "./ok"); ok2 != ok1 || strings.Contains(ok2, "app.go") {
		t.Errorf("./ok replayed:\n%s\nwant\n%s", ok2, ok1)
	}
	run(false, "-methodallow=false", "./...")

	// An edit: analyzed again, and the new finding is there.
	if err := os.WriteFile("ok/ok.go", []byte(clean+"\nfunc Gone(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(4100)\n}\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	if _, out := run(false, "./..."); !strings.Contains(out, "ok.go") {
		t.Errorf("after an edit: the new finding is missing:\n%s", out)
	}
	run(true, "./...")
	// A new package under ./...
	if err := os.MkdirAll("more", 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("more/more.go", []byte("package more\n\nimport \"net/http\"\n\nfunc Lost(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(4200)\n}\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	if _, out := run(false, "./..."); !strings.Contains(out, "more.go") {
		t.Errorf("a new package: its finding is missing:\n%s", out)
	}
	// Switched off; and a run of import paths is not replayed.
	t.Setenv("STATUSLINT_CACHE", "off")
	run(false, "./...")
	t.Setenv("STATUSLINT_CACHE", t.TempDir())
	run(false, "example.com/app/...")
	run(false, "example.com/app/...")

	// A run that fails is not recorded.
	if err := os.WriteFile("broken.go", []byte("package app\n\nvar x int = \"s\"\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	before := replayed
	for range 2 {
		if code, _, _ := statuslint(t, "-engine=vet", "./..."); code != exitError {
			t.Errorf("a package that does not build: exit %d, want %d", code, exitError)
		}
	}
	if replayed != before {
		t.Error("a run that failed was replayed")
	}
	os.Remove("broken.go")

	// Files changed just before a run (within replaySlack): recorded when
	// they hash after the run as they did before it, else not.
	replaySlack = time.Hour
	t.Setenv("STATUSLINT_CACHE", cache)
	run(true, "./...")
	if err := os.WriteFile("more/more.go", []byte("package more\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	if _, out := run(false, "./..."); strings.Contains(out, "more.go") {
		t.Errorf("after an edit: a finding that is gone:\n%s", out)
	}
	run(true, "./...")
	t.Setenv("STATUSLINT_CACHE", t.TempDir()) // no entry before: by the files' times
	run(false, "./...")
	run(false, "./...")
}

// TestTrimReplay: entries unused for replayMaxAge go, and only entries.
func TestTrimReplay(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-replayMaxAge - time.Hour)
	for name, mtime := range map[string]time.Time{
		"0123.json":   old,
		"entry-12345": old,
		"4567.json":   time.Now(),
		"notes.txt":   old,
	} {
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, nil, 0o666); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(file, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	trimReplay(dir)
	var left []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	if got := strings.Join(left, " "); got != "4567.json notes.txt" {
		t.Errorf("left after trimming: %s, want 4567.json notes.txt", got)
	}
}
