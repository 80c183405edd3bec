package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/cmd/statuslint/internal/report"
)

// The standalone command analyzes in one of two ways (-engine):
//
//   - "vet" runs the rules through the go command's vet machinery — go vet
//     -vettool=<this binary> -json — and converts what comes back. Each
//     package is its own action: dependencies are read from export data,
//     packages run in parallel in processes of their own, and the go
//     command caches every package's facts and findings (in GOCACHE, which
//     GOCACHEPROG can share between machines). A second run with nothing
//     changed replays the cache; after an edit only the package and its
//     dependents run again. Memory is that of the largest package.
//   - "direct" loads the whole program from source with go/packages and
//     analyzes it in this process: nothing is cached, the heap holds every
//     package at once, and nothing is forked. -fix, -routes, -openapi and
//     -test=false need it (the go command vets every package's tests and
//     has no inventory), and so does a statuslint that is not a binary the
//     go command can run (the tests call run in process).
//
// "auto", the default, takes vet where it can.
const (
	engineAuto   = "auto"
	engineVet    = "vet"
	engineDirect = "direct"
)

// selfBinary is the path of this executable when it is the statuslint
// command, which the go command can run as its vet tool; main sets it.
var selfBinary string

// chooseEngine settles -engine=auto, or says why the engine asked for
// cannot run.
func (o *options) chooseEngine() (string, error) {
	var why string
	switch {
	case o.fix:
		why = "-fix"
	case !o.tests:
		why = "-test=false"
	case selfBinary == "":
		why = "a statuslint that is not its own binary"
	}
	if _, err := exec.LookPath("go"); why == "" && err != nil {
		why = "a machine without the go command"
	}
	switch o.engine {
	case engineVet:
		if why != "" {
			return "", fmt.Errorf("-engine=vet cannot run with %s; use -engine=direct", why)
		}
		return engineVet, nil
	case engineAuto:
		if why == "" {
			return engineVet, nil
		}
	}
	return engineDirect, nil
}

// errNotLoaded is analyzeVet's error when the go command stopped before
// vetting any package: go vet refuses a whole run for what go/packages
// loads with an error on the package (an //go:embed pattern that matches
// no file, as before a web front end is built), so -engine=auto tries the
// direct engine then.
var errNotLoaded = errors.New("go vet loaded no package")

// analyzeVet runs the rules through go vet and returns what the direct
// engine would: the findings, sorted and each once, and the errors.
func analyzeVet(o *options) ([]report.Finding, []error) {
	args := append([]string{"vet", "-vettool=" + selfBinary, "-json"}, vetFlags(o)...)
	if o.tags != "" {
		args = append(args, "-tags="+o.tags)
	}
	args = append(args, "--")
	args = append(args, o.patterns...)
	replay := replayKey(o.goenv, args, o.patterns)
	if e := replay.lookup(); e != nil {
		roots := map[string]bool{}
		for _, r := range e.Roots {
			roots[r] = true
		}
		return readVetJSON(bytes.NewReader(e.Output), roots)
	}
	start := time.Now()
	// The packages the patterns name, asked for alongside: go vet also
	// prints what it found in the main modules' packages they import.
	// And, for the replay cache, what the run reads.
	type listed struct {
		roots  map[string]bool
		inputs *replayEntry
		err    error
	}
	listc := make(chan listed, 1)
	go func() {
		var l listed
		l.roots, l.err = listPackages(o)
		if replay != nil && l.err == nil {
			l.inputs, _ = replay.inputs(o)
		}
		listc <- l
	}()
	cmd := exec.Command("go", args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	list := <-listc
	// Before Go 1.26 the go command prints what the vet tool prints, JSON
	// too, on its stderr under each package's heading: the JSON goes with
	// stdout's, the rest is what went wrong.
	vetJSON, rest := splitVetOutput(stderr.String())
	stdout.WriteString(vetJSON)
	stderr.Reset()
	stderr.WriteString(rest)

	var errs []error
	var exit *exec.ExitError
	switch {
	case errors.As(runErr, &exit):
		// Packages that do not build or cannot be found: the go command
		// says which and goes on with the others, as the direct engine.
		if msg, loaded := goCommandErrors(stderr.String(), o.patterns); msg != "" {
			errs = append(errs, errors.New(msg))
			if !loaded && stdout.Len() == 0 {
				errs = append(errs, errNotLoaded)
			}
		} else {
			errs = append(errs, fmt.Errorf("go vet: %v", runErr))
		}
	case runErr != nil:
		return nil, []error{fmt.Errorf("cannot run go vet: %v", runErr)}
	}
	if list.err != nil && runErr == nil {
		return nil, append(errs, list.err)
	}
	output := stdout.Bytes()
	findings, jerrs := readVetJSON(bytes.NewReader(output), list.roots)
	if e := list.inputs; e != nil && runErr == nil && len(jerrs) == 0 {
		e.Roots, e.Output = sortedKeys(list.roots), output
		replay.record(e, start) // a run not recorded is only a run not replayed
	}
	return findings, append(errs, jerrs...)
}

// splitVetOutput separates, in what the go command printed on stderr, the
// sections ("# pkg" and what follows) that are JSON from the others.
func splitVetOutput(stderr string) (vetJSON, rest string) {
	var js, other strings.Builder
	var heading string
	var body strings.Builder
	flush := func() {
		text := body.String()
		if t := strings.TrimSpace(text); strings.HasPrefix(t, "{") && isJSONStream(t) {
			js.WriteString(text)
			js.WriteString("\n")
		} else if heading != "" || text != "" {
			other.WriteString(heading)
			other.WriteString(text)
		}
		heading = ""
		body.Reset()
	}
	for line := range strings.Lines(stderr) {
		if strings.HasPrefix(line, "# ") {
			flush()
			heading = line
			continue
		}
		body.WriteString(line)
	}
	flush()
	return js.String(), other.String()
}

// isJSONStream reports whether text is a sequence of JSON values.
func isJSONStream(text string) bool {
	dec := json.NewDecoder(strings.NewReader(text))
	for {
		var v json.RawMessage
		if err := dec.Decode(&v); err == io.EOF {
			return true
		} else if err != nil {
			return false
		}
	}
}

// listPackages returns the import paths of the packages the patterns name.
func listPackages(o *options) (map[string]bool, error) {
	out, err := goList(o, "-e", "-find", "-f", "{{.ImportPath}}")
	if err != nil {
		return nil, fmt.Errorf("go list %s: %v", strings.Join(o.patterns, " "), err)
	}
	roots := map[string]bool{}
	for line := range strings.Lines(string(out)) {
		roots[strings.TrimSpace(line)] = true
	}
	return roots, nil
}

// goList runs go list with flags, the run's build tags and its patterns.
func goList(o *options, flags ...string) ([]byte, error) {
	args := append([]string{"list"}, flags...)
	if o.tags != "" {
		args = append(args, "-tags="+o.tags)
	}
	args = append(args, "--")
	args = append(args, o.patterns...)
	return exec.Command("go", args...).Output()
}

// isRoot reports whether a package go vet reports on, by the ID it gives
// it ("p", "p_test" for its external tests; before Go 1.26 also "p
// [p.test]", "p_test [p.test]"), is one of roots.
func isRoot(id string, roots map[string]bool) bool {
	path, _, _ := strings.Cut(id, " ")
	return roots[path] || strings.HasSuffix(path, "_test") && roots[strings.TrimSuffix(path, "_test")]
}

// vetFlags are the command-line flags that give the unit checker the rules
// and options this run settled: -NAME=true for each rule that runs (naming
// rules runs only those) and -NAME.OPTION=VALUE for each option that is not
// at its default, whether a flag or the configuration file set it.
func vetFlags(o *options) []string {
	var args []string
	for _, a := range analyzer.Analyzers {
		if en := a.Flags.Lookup("enable"); slices.Contains(o.analyzers, a) && (en == nil || en.Value.String() == "true") {
			args = append(args, "-"+a.Name+"=true")
		}
		a.Flags.VisitAll(func(f *flag.Flag) {
			if f.Name != "enable" && f.Value.String() != f.DefValue {
				args = append(args, "-"+a.Name+"."+f.Name+"="+f.Value.String())
			}
		})
	}
	return args
}

// goCommandErrors returns what the go command printed about the packages
// it could not vet, or "" when it printed nothing. A package's heading
// ("# pkg") and the "vet: " prefix the unit checker's errors carry are
// dropped: the messages hold the file and line. Without a heading, the
// go command stopped before vetting anything (loaded is false).
func goCommandErrors(stderr string, patterns []string) (msg string, loaded bool) {
	var msgs []string
	seen := map[string]bool{}
	build := false
	for line := range strings.Lines(stderr) {
		line = strings.TrimRight(line, "\r\n")
		line = strings.TrimPrefix(line, "vet: ")
		if strings.HasPrefix(line, "# ") {
			build = true
			continue
		}
		if line == "" || seen[line] {
			continue
		}
		seen[line] = true
		msgs = append(msgs, line+hint(line))
	}
	if len(msgs) == 0 {
		return "", build
	}
	return loadErrors(msgs, patterns, build), build
}

// The unit checker's -json output: for each package vetted, a JSON object
// {"pkg": {"rule": [diagnostic...] or {"error": "..."}}}.
type (
	vetDiagnostic struct {
		Posn           string
		End            string
		Message        string
		Category       string
		Related        []vetRelated
		SuggestedFixes []vetFix `json:"suggested_fixes"`
	}
	vetRelated struct {
		Posn, End, Message string
	}
	vetFix struct {
		Message string
		Edits   []vetEdit
	}
	vetEdit struct {
		Filename   string
		Start, End int
		New        string
	}
)

// readVetJSON decodes the stream of the go vet -json output into findings,
// the same as collect makes of the direct engine's: those of the root
// packages, sorted, each once (a package and its test variant report the
// same finding), with the enclosing function and the code each is about.
// A nil roots takes every package.
func readVetJSON(r io.Reader, roots map[string]bool) ([]report.Finding, []error) {
	type key struct {
		rule, pos, end, message string
	}
	seen := map[key]bool{}
	seenErr := map[string]bool{}
	var findings []report.Finding
	var errs []error
	files := newSourceFiles()
	dec := json.NewDecoder(r)
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			return findings, append(errs, fmt.Errorf("reading go vet's output: %v", err))
		}
		for _, pkg := range sortedKeys(tree) {
			if roots != nil && !isRoot(pkg, roots) {
				continue
			}
			for _, rule := range sortedKeys(tree[pkg]) {
				raw := tree[pkg][rule]
				var diags []vetDiagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					var failed struct{ Error string }
					if json.Unmarshal(raw, &failed) != nil || failed.Error == "" {
						errs = append(errs, fmt.Errorf("%s: %s: unreadable go vet output: %s", rule, pkg, raw))
						continue
					}
					if msg := failed.Error; !strings.HasPrefix(msg, "failed prerequisites") && !seenErr[msg] {
						seenErr[msg] = true
						errs = append(errs, fmt.Errorf("%s: %s: %s", rule, strings.Fields(pkg)[0], msg))
					}
					continue
				}
				for _, d := range diags {
					k := key{rule, d.Posn, d.End, d.Message}
					if seen[k] {
						continue
					}
					seen[k] = true
					findings = append(findings, files.finding(rule, d))
				}
			}
		}
	}
	sortFindings(findings)
	return findings, errs
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// sourceFiles reads and parses, once each, the files findings are in: go
// vet gives positions as file:line:column, a finding needs offsets too,
// the function it is in and the code it is about. It keeps of each file
// only where its lines and functions start, and the bytes of the last
// file read (findings come a package at a time): thousands of findings
// over thousands of files must not hold them all.
type sourceFiles struct {
	files    map[string]*sourceFile
	lastName string
	lastData []byte
}

type sourceFile struct {
	size  int
	lines []int      // offsets at which each line starts
	decls []declName // the top-level functions, in order
}

// A declName is a top-level declaration's byte range and its name for
// baselines ("Func", "Recv.Method"; "" for a declaration that is not a
// function).
type declName struct {
	start, end int
	name       string
}

func newSourceFiles() *sourceFiles {
	return &sourceFiles{files: map[string]*sourceFile{}}
}

// data returns the bytes of the file, nil if it cannot be read.
func (s *sourceFiles) data(name string) []byte {
	if name != s.lastName {
		s.lastName = name
		s.lastData, _ = os.ReadFile(name)
	}
	return s.lastData
}

// file returns what is kept of the file, reading it the first time.
func (s *sourceFiles) file(name string) *sourceFile {
	sf, ok := s.files[name]
	if ok {
		return sf
	}
	src := s.data(name)
	sf = &sourceFile{size: len(src)}
	if len(src) > 0 {
		sf.lines = []int{0}
		for i, b := range src {
			if b == '\n' && i+1 < len(src) {
				sf.lines = append(sf.lines, i+1)
			}
		}
		fset := token.NewFileSet()
		if f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution); err == nil {
			enc := &enclosing{fset: fset, files: map[*token.File]*ast.File{fset.File(f.FileStart): f}}
			tf := fset.File(f.FileStart)
			for _, d := range f.Decls {
				sf.decls = append(sf.decls, declName{tf.Offset(d.Pos()), tf.Offset(d.End()), enc.name(d.Pos())})
			}
		}
	}
	s.files[name] = sf
	return sf
}

func (s *sourceFiles) finding(rule string, d vetDiagnostic) report.Finding {
	f := report.Finding{
		Rule:     rule,
		Category: d.Category,
		Pos:      s.position(d.Posn),
		Message:  d.Message,
	}
	f.End = f.Pos
	if d.End != "" {
		f.End = s.position(d.End)
	}
	for _, r := range d.Related {
		rel := report.Related{Pos: s.position(r.Posn), Message: r.Message}
		rel.End = rel.Pos
		if r.End != "" {
			rel.End = s.position(r.End)
		}
		f.Related = append(f.Related, rel)
	}
	for _, sf := range d.SuggestedFixes {
		fix := report.Fix{Message: sf.Message}
		for _, e := range sf.Edits {
			fix.Edits = append(fix.Edits, report.Edit{
				Pos:     s.offsetPosition(e.Filename, e.Start),
				End:     s.offsetPosition(e.Filename, e.End),
				NewText: e.New,
			})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	f.Func = s.funcName(f.Pos)
	if f.Pos.Offset >= 0 && f.End.Offset >= 0 {
		f.About = report.About(s.data(f.Pos.Filename), f.Pos, f.End)
	}
	return f
}

// position parses "file:line:column" (or "file:line", or "file" alone),
// with the offset the column gives in the file, or -1 where the file does
// not have that line (a //line directive names another file).
func (s *sourceFiles) position(posn string) token.Position {
	p := token.Position{Filename: posn, Offset: -1}
	rest, last, ok := cutLastNumber(posn)
	if !ok {
		return p
	}
	if rest2, line, ok := cutLastNumber(rest); ok {
		p.Filename, p.Line, p.Column = rest2, line, last
	} else {
		p.Filename, p.Line = rest, last
	}
	if sf := s.file(p.Filename); p.Line >= 1 && p.Line <= len(sf.lines) {
		off := sf.lines[p.Line-1] + max(p.Column, 1) - 1
		if off <= sf.size {
			p.Offset = off
		}
	}
	return p
}

// offsetPosition is the position of a byte offset of a file, as go/token
// would compute it.
func (s *sourceFiles) offsetPosition(filename string, offset int) token.Position {
	p := token.Position{Filename: filename, Offset: offset}
	starts := s.file(filename).lines
	if i, found := slices.BinarySearch(starts, offset); found {
		p.Line, p.Column = i+1, 1
	} else if i > 0 {
		p.Line, p.Column = i, offset-starts[i-1]+1
	}
	return p
}

// cutLastNumber splits "s:N" into s and N.
func cutLastNumber(s string) (string, int, bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, 0, false
	}
	n, err := strconv.Atoi(s[i+1:])
	if err != nil {
		return s, 0, false
	}
	return s[:i], n, true
}

// funcName names the function holding pos, as the direct engine does from
// its syntax trees.
func (s *sourceFiles) funcName(pos token.Position) string {
	if pos.Offset < 0 {
		return ""
	}
	decls := s.file(pos.Filename).decls
	i, found := slices.BinarySearchFunc(decls, pos.Offset, func(d declName, off int) int {
		switch {
		case d.end <= off:
			return -1
		case d.start > off:
			return 1
		}
		return 0
	})
	if !found {
		return ""
	}
	return decls[i].name
}
