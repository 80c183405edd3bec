package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// The vet engine's replay cache.
//
// With nothing changed, go vet replays every package's findings from its
// cache, but the go command first loads the whole build graph and
// computes each package's action key from its files: about a second on a
// module of a thousand packages, each time. The replay cache answers that
// run without the go command. After a run that succeeded it records what
// go vet printed under a key of everything that decides the command
// (this binary, the go command, the arguments, the working directory, the
// environment the go command reads), together with a digest of every
// input the go command does not key by version:
//
//   - the content of the source files (.go, .s, .c, ...) in the directory
//     of every package the run built that is neither in the module cache
//     nor in GOROOT (the main modules' packages, vendored ones, local
//     replacements), and the names of all the files there, so that a file
//     added or removed shows;
//   - the directories the patterns walk ("./..."), as the go command walks
//     them (skipping testdata, vendor, _ and . directories, nested modules),
//     and the names in each, so that a new package shows;
//   - go.mod, go.sum, go.work and vendor/modules.txt of the main modules,
//     go.mod and go.work in every directory above the working directory
//     (present or not), and the go command's environment file.
//
// The next run with the same key recomputes the digest, reading those
// files again (as the go command does; no file times are trusted), and
// prints the recorded findings when it matches. Dependencies in the
// module cache are immutable under the versions go.mod and go.sum name,
// and GOROOT is that of the go command in the key.
//
// A run is recorded only when no file it read changed while it ran (every
// file and directory is older than its start, by a margin for file systems
// with coarse times), so the findings recorded are those of the files
// hashed. STATUSLINT_CACHE names the directory (default: statuslint/replay
// in the user's cache directory) or, set to "off", switches the cache off, as
// GOCACHE=off does; patterns that are not directories (import paths) are
// not replayed.

// replayFormat is part of every key: a new format never reads an old one.
const replayFormat = "statuslint replay 1"

// replaySlack is how long before a run its inputs must have last changed
// for the run to be recorded: file systems with one- or two-second file
// times would otherwise hide a change made while the run read the files.
var replaySlack = 2 * time.Second

// replayMaxAge is how long an entry no run has used is kept.
const replayMaxAge = 7 * 24 * time.Hour

// replayed counts the runs answered from the cache, for the tests.
var replayed int

// A replayEntry is one recorded run: what to hash again, the digest, and
// what go vet printed.
type replayEntry struct {
	Walk   []string // roots of the directory trees the patterns walk
	Dirs   []string // package directories whose files are hashed
	Files  []string // single files hashed, present or not
	Sum    string   // the digest of Walk, Dirs and Files
	Roots  []string // the packages the patterns name (listPackages)
	Output []byte   // go vet -json's output
}

// replayCache is where the entries are kept, or "" when the cache is off.
func replayCache() string {
	dir := os.Getenv("STATUSLINT_CACHE")
	switch dir {
	case "off":
		return ""
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(base, "statuslint", "replay")
	}
	return dir
}

// A replayRun is a run of go vet that can be replayed: the file of its
// entry, and where the go command finds what replayInputs does not hash.
type replayRun struct {
	file                     string
	modcache, goroot, gowork string

	// The entry recorded before, whose inputs changed, and the digest of
	// those inputs before this run: see record.
	before    *replayEntry
	beforeSum string
}

// replayKey returns the run of go vet with args, or nil when such a run
// cannot be replayed.
func replayKey(env *goEnv, args, patterns []string) *replayRun {
	dir := replayCache()
	if dir == "" || env == nil || !dirPatterns(patterns) {
		return nil
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00", replayFormat)
	// This binary, by content, as go vet keys its vet tool: the same
	// release installed again, on another machine too, is the same key.
	exe, err := fileHash(selfBinary)
	if err != nil {
		return nil
	}
	fmt.Fprintf(h, "%s\x00", exe)
	// The go command's settings, as the go command settles them (its
	// release, after any toolchain switch; the module and workspace found
	// from here; its environment file; GOFLAGS, GOOS, CGO_ENABLED, ...).
	if env.vars["GOCACHE"] == "off" {
		return nil
	}
	h.Write(env.raw)
	wd, err := os.Getwd()
	if err != nil {
		return nil
	}
	fmt.Fprintf(h, "%s\x00", wd)
	for _, a := range args {
		fmt.Fprintf(h, "%s\x00", a)
	}
	for _, kv := range goEnviron() {
		fmt.Fprintf(h, "%s\x00", kv)
	}
	return &replayRun{
		file:     filepath.Join(dir, hex.EncodeToString(h.Sum(nil))[:32]+".json"),
		modcache: env.vars["GOMODCACHE"],
		goroot:   env.vars["GOROOT"],
		gowork:   env.vars["GOWORK"],
	}
}

// goEnv is what go env prints of goSettings.
type goEnv struct {
	raw  []byte
	vars map[string]string
}

// readGoEnv runs go env for goSettings, or returns nil when it cannot.
func readGoEnv() *goEnv {
	out, err := exec.Command("go", append([]string{"env", "-json"}, goSettings...)...).Output()
	if err != nil {
		return nil
	}
	env := &goEnv{raw: out}
	if json.Unmarshal(out, &env.vars) != nil {
		return nil
	}
	return env
}

// goSettings are the go command's settings that decide what go vet
// builds and how, for go env to print.
var goSettings = []string{
	"GOVERSION", "GOROOT", "GOPATH", "GOMODCACHE", "GOMOD", "GOWORK", "GOFLAGS",
	"GO111MODULE", "GOTOOLCHAIN", "GOENV", "GOCACHE", "GOCACHEPROG", "GODEBUG",
	"GOOS", "GOARCH", "GOEXPERIMENT", "GOAMD64", "GOARM", "GOARM64", "GO386",
	"GOMIPS", "GOMIPS64", "GOPPC64", "GORISCV64", "GOWASM",
	"CGO_ENABLED", "CC", "CXX", "AR", "PKG_CONFIG",
	"CGO_CFLAGS", "CGO_CPPFLAGS", "CGO_CXXFLAGS", "CGO_FFLAGS", "CGO_LDFLAGS",
}

// goEnviron is the part of the environment the go command and the tools
// it runs read, sorted.
func goEnviron() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(name, "GO"), strings.HasPrefix(name, "CGO_"),
			name == "CC", name == "CXX", name == "FC", name == "AR", name == "PKG_CONFIG",
			name == "PATH", name == "HOME", name == "XDG_CONFIG_HOME", name == "AppData",
			name == "STATUSLINT_CACHE":
			env = append(env, kv)
		}
	}
	slices.Sort(env)
	return env
}

// dirPatterns reports whether every pattern names a directory ("./api",
// "/src/app") rather than an import path, and none walks a tree in a way
// walkRoots does not follow ("./a/.../b").
func dirPatterns(patterns []string) bool {
	for _, p := range patterns {
		p = filepath.ToSlash(p)
		if !(p == "." || p == ".." || strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") || filepath.IsAbs(p)) {
			return false
		}
		if strings.Contains(strings.TrimSuffix(p, "/..."), "...") {
			return false
		}
	}
	return len(patterns) > 0
}

// walkRoots returns the directories the "dir/..." patterns walk.
func walkRoots(patterns []string) []string {
	if !dirPatterns(patterns) {
		return nil
	}
	var roots []string
	for _, p := range patterns {
		if root, ok := strings.CutSuffix(filepath.ToSlash(p), "/..."); ok {
			roots = append(roots, filepath.Clean(filepath.FromSlash(root)))
		}
	}
	return roots
}

// lookup returns the entry recorded for run if its inputs are as they
// were, or nil.
func (run *replayRun) lookup() *replayEntry {
	if run == nil {
		return nil
	}
	file := run.file
	data, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	var e replayEntry
	if json.Unmarshal(data, &e) != nil {
		return nil
	}
	sum, _, err := e.digest()
	if err != nil {
		return nil
	}
	if sum != e.Sum {
		// Something changed. What the inputs were like before this run
		// tells record whether they changed again while it ran.
		run.before = &e
		run.beforeSum = sum
		return nil
	}
	replayed++
	// Used: keep it from being trimmed (once an hour is enough).
	if fi, err := os.Stat(file); err == nil && time.Since(fi.ModTime()) > time.Hour {
		now := time.Now()
		os.Chtimes(file, now, now)
	}
	return &e
}

// A listedPkg is what replayRecord needs of go list -json.
type listedPkg struct {
	Dir      string
	Standard bool
	Module   *struct {
		Main  bool
		Dir   string
		GoMod string
	}
}

// inputs lists what the run of go vet with patterns reads that is not
// keyed by a version (go list -deps -test).
func (run *replayRun) inputs(o *options) (*replayEntry, error) {
	out, err := goList(o, "-e", "-deps", "-test", "-json=Dir,Standard,Module")
	if err != nil {
		return nil, fmt.Errorf("go list -deps: %v", err)
	}
	immutable := func(dir string) bool {
		for _, root := range []string{run.modcache, run.goroot} {
			if root != "" && (dir == root || strings.HasPrefix(dir, root+string(filepath.Separator))) {
				return true
			}
		}
		return false
	}
	e := &replayEntry{Walk: walkRoots(o.patterns)}
	dirs, files := map[string]bool{}, map[string]bool{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("go list -deps: %v", err)
		}
		if p.Standard || p.Dir == "" || immutable(p.Dir) {
			continue
		}
		dirs[p.Dir] = true
		if m := p.Module; m != nil && m.GoMod != "" && !immutable(m.GoMod) {
			root := filepath.Dir(m.GoMod)
			for _, name := range []string{"go.mod", "go.sum", filepath.Join("vendor", "modules.txt")} {
				files[filepath.Join(root, name)] = true
			}
		}
	}
	// The workspace file and its sums. (What the go command's
	// environment file sets is in the key: go env prints it.)
	if work := run.gowork; work != "" && work != "off" {
		files[work] = true
		files[work+".sum"] = true
	}
	e.Dirs = sortedKeys(dirs)
	e.Files = sortedKeys(files)
	return e, nil
}

// record writes e, with what go vet printed, if none of its inputs
// changed since start.
func (run *replayRun) record(e *replayEntry, start time.Time) error {
	file := run.file
	sum, newest, err := e.digest()
	if err != nil {
		return err
	}
	// Unchanged while the run read them: the inputs hash as they did
	// before it started. (Or, when the run's inputs are not the last
	// entry's, by their times.)
	same := run.before != nil && run.beforeSum == sum &&
		slices.Equal(run.before.Walk, e.Walk) && slices.Equal(run.before.Dirs, e.Dirs) && slices.Equal(run.before.Files, e.Files)
	if !same && !newest.Before(start.Add(-replaySlack)) {
		return nil // changed while it ran, or just before
	}
	e.Sum = sum
	data, err := json.Marshal(e)
	if err != nil {
		return err
	}
	dir := filepath.Dir(file)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	trimReplay(dir)
	tmp, err := os.CreateTemp(dir, "entry-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), file)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// trimReplay removes the entries of dir no run has used for replayMaxAge,
// and temporary files a run that was killed left.
func trimReplay(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, ent := range entries {
		name := ent.Name()
		if !strings.HasSuffix(name, ".json") && !strings.HasPrefix(name, "entry-") {
			continue // not an entry: not ours
		}
		if fi, err := ent.Info(); err == nil && fi.Mode().IsRegular() && time.Since(fi.ModTime()) > replayMaxAge {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// digest hashes the inputs e names, and returns the latest time any of
// them changed.
func (e *replayEntry) digest() (sum string, newest time.Time, err error) {
	d := &digester{h: sha256.New()}
	for _, root := range e.Walk {
		fmt.Fprintf(d.h, "walk\x00%s\x00", root)
		if err := d.walk(root, true); err != nil {
			return "", time.Time{}, err
		}
	}
	for _, dir := range e.Dirs {
		fmt.Fprintf(d.h, "dir\x00%s\x00", dir)
		if err := d.dir(dir); err != nil {
			return "", time.Time{}, err
		}
	}
	for _, file := range e.Files {
		fmt.Fprintf(d.h, "file\x00%s\x00", file)
		if err := d.file(file); errors.Is(err, fs.ErrNotExist) {
			fmt.Fprint(d.h, "absent\x00")
		} else if err != nil {
			return "", time.Time{}, err
		}
	}
	return hex.EncodeToString(d.h.Sum(nil)), d.newest, nil
}

type digester struct {
	h      hash.Hash
	newest time.Time
}

func (d *digester) saw(fi fs.FileInfo) {
	if t := fi.ModTime(); t.After(d.newest) {
		d.newest = t
	}
}

// walk hashes the names in dir and, as the go command's "dir/..." does,
// in the directories below it: not testdata, vendor, nor those whose name
// starts with "." or "_", nor another module's (with a go.mod), nor
// symbolic links.
func (d *digester) walk(dir string, top bool) error {
	if !top {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			fmt.Fprint(d.h, "module\x00")
			return nil
		}
	}
	entries, err := d.list(dir)
	if err != nil {
		return err
	}
	for _, ent := range entries {
		if builds(ent) {
			fmt.Fprintf(d.h, "%s\x00", ent.Name())
		}
	}
	for _, ent := range entries {
		name := ent.Name()
		if !ent.IsDir() || name == "testdata" || name == "vendor" || ignored(name) {
			continue
		}
		fmt.Fprintf(d.h, "sub\x00%s\x00", name)
		if err := d.walk(filepath.Join(dir, name), false); err != nil {
			return err
		}
	}
	fmt.Fprint(d.h, "end\x00")
	return nil
}

// list reads a directory, noting when it last changed.
func (d *digester) list(dir string) ([]fs.DirEntry, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	d.saw(fi)
	return os.ReadDir(dir)
}

// dir hashes the names in a package directory and the content of the
// files in it the go command compiles or assembles.
func (d *digester) dir(dir string) error {
	entries, err := d.list(dir)
	if err != nil {
		return err
	}
	for _, ent := range entries {
		if builds(ent) {
			fmt.Fprintf(d.h, "%s\x00", ent.Name())
			if err := d.file(filepath.Join(dir, ent.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

// builds reports whether the go command builds a file of this name
// (Go, assembly, cgo's C, C++, Objective-C, Fortran, SWIG, .syso), that is
// not one it ignores.
func builds(ent fs.DirEntry) bool {
	name := ent.Name()
	if ent.IsDir() || ignored(name) {
		return false
	}
	switch filepath.Ext(name) {
	case ".go", ".s", ".S", ".sx", ".c", ".cc", ".cpp", ".cxx", ".h", ".hh", ".hpp", ".hxx",
		".m", ".f", ".F", ".for", ".f90", ".swig", ".swigcxx", ".syso":
		return true
	}
	return false
}

// ignored reports whether the go command ignores a file or directory of
// this name: an editor's, a tool's.
func ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

// file hashes the size and content of a file.
func (d *digester) file(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	d.saw(fi)
	fmt.Fprintf(d.h, "%d\x00", fi.Size())
	_, err = io.Copy(d.h, f)
	return err
}
