package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/passes/directive"
)

// TestSeeded scores statuslint on testdata/seeded, a service written
// independently of the analyzer with mistakes marked on the line where a
// reviewer wants the finding:
//
//	w.WriteHeader(500) // SEEDED(clienterror): [textbook] why it is a mistake
//	w.WriteHeader(409) // LOOKALIKE(badrequest): [guard] why it is correct
//
// A finding matches a SEEDED marker with the same file, line and rule.
// Every other finding is a false positive. The test fails on a malformed
// marker, and when the score breaks a bound in testdata/seeded/floor.txt;
// the table is logged either way (go test -v).
func TestSeeded(t *testing.T) {
	endToEnd(t)
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "seeded"))
	if err != nil {
		t.Fatal(err)
	}
	markers, errs := readMarkers(dir)
	for _, e := range errs {
		t.Error(e)
	}
	if len(errs) > 0 {
		t.FailNow()
	}
	bounds, err := readFloor(filepath.Join(dir, "floor.txt"))
	if err != nil {
		t.Fatal(err)
	}

	t.Chdir(dir)
	code, out, stderr := statuslint(t, "-format=json", "-createdlocation.enable", "-retryafter.enable", "./...")
	if code != exitClean && code != exitFindings {
		t.Fatalf("statuslint exited %d:\n%s", code, stderr)
	}
	var log jsonLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for i := range log.Findings {
		f := &log.Findings[i]
		if filepath.IsAbs(f.File) {
			if rel, err := filepath.Rel(dir, f.File); err == nil {
				f.File = rel
			}
		}
		f.File = filepath.ToSlash(f.File)
	}

	s := score(markers, log.Findings)
	t.Log("\n" + s.report())
	for _, v := range s.violations(bounds) {
		t.Error(v)
	}
}

// seededRules are the rules a marker may name: every rule but directive.
var seededRules = []string{
	"successonerror", "clienterror", "badrequest", "methodallow", "wwwauthenticate",
	"missingreturn", "lateheader", "superfluouswrite", "bodylessstatus", "redirect",
	"statuscode", "createdlocation", "retryafter",
}

// seededShapes are where the status is decided (testdata/seeded/README.md).
var seededShapes = []string{
	"textbook", "errcarry", "writer", "mapper", "builder", "field",
	"errhandler", "guard", "closure", "typed", "helper", "crosspkg",
}

type marker struct {
	kind  string // SEEDED or LOOKALIKE
	rule  string
	shape string
	file  string // slash-separated, relative to testdata/seeded
	line  int
	why   string
}

func (m marker) pos() string { return fmt.Sprintf("%s:%d", m.file, m.line) }

var (
	markerWord = regexp.MustCompile(`\b(SEEDED|LOOKALIKE)\b`)
	markerRE   = regexp.MustCompile(`^// (SEEDED|LOOKALIKE)\(([a-z]+)\): \[([a-z]+)\] (\S.*)$`)
)

// readMarkers finds every marker in the Go files under dir. A marker is a
// whole trailing comment after code on its line; anything that mentions
// SEEDED or LOOKALIKE and is not one is an error.
func readMarkers(dir string) ([]marker, []error) {
	var markers []marker
	var errs []error
	fset := token.NewFileSet()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		rel = filepath.ToSlash(rel)
		lines := strings.Split(string(src), "\n")
		seen := map[int]bool{}
		for _, g := range f.Comments {
			for _, c := range g.List {
				if !markerWord.MatchString(c.Text) {
					continue
				}
				p := fset.Position(c.Pos())
				where := fmt.Sprintf("%s:%d", rel, p.Line)
				m := markerRE.FindStringSubmatch(c.Text)
				if m != nil {
					m[2] = directive.Canonical(m[2]) // markers written before a rule was renamed
				}
				switch {
				case m == nil:
					errs = append(errs, fmt.Errorf("%s: malformed marker %q: want // SEEDED(rule): [shape] why", where, c.Text))
					continue
				case len(markerWord.FindAllString(c.Text, -1)) > 1:
					errs = append(errs, fmt.Errorf("%s: more than one marker in %q", where, c.Text))
					continue
				case !slices.Contains(seededRules, m[2]):
					errs = append(errs, fmt.Errorf("%s: unknown rule %q", where, m[2]))
					continue
				case !slices.Contains(seededShapes, m[3]):
					errs = append(errs, fmt.Errorf("%s: unknown shape %q", where, m[3]))
					continue
				case strings.TrimSpace(lines[p.Line-1][:p.Column-1]) == "":
					errs = append(errs, fmt.Errorf("%s: the marker must trail the code it marks", where))
					continue
				case seen[p.Line]:
					errs = append(errs, fmt.Errorf("%s: more than one marker on the line", where))
					continue
				}
				seen[p.Line] = true
				markers = append(markers, marker{kind: m[1], rule: m[2], shape: m[3], file: rel, line: p.Line, why: m[4]})
			}
		}
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}
	return markers, errs
}

// A bound is one line of floor.txt: "recall >= 0.5", "found.clienterror >= 3",
// "falsepositives <= 10".
type bound struct {
	line   int
	metric string // recall, found or falsepositives, optionally .RULE or .SHAPE
	op     string
	value  float64
}

func readFloor(path string) ([]bound, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var bounds []bound
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimSpace(sc.Text())
		if i := strings.Index(text, "#"); i >= 0 {
			text = strings.TrimSpace(text[:i])
		}
		if text == "" {
			continue
		}
		fields := strings.Fields(text)
		if len(fields) != 3 || (fields[1] != ">=" && fields[1] != "<=") {
			return nil, fmt.Errorf("%s:%d: want METRIC >= N or METRIC <= N, got %q", path, n, text)
		}
		v, err := strconv.ParseFloat(fields[2], 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		base, sub, _ := strings.Cut(fields[0], ".")
		switch {
		case base != "recall" && base != "found" && base != "falsepositives":
			return nil, fmt.Errorf("%s:%d: unknown metric %q (recall, found, falsepositives)", path, n, fields[0])
		case sub != "" && !slices.Contains(seededRules, sub) && (base == "falsepositives" || !slices.Contains(seededShapes, sub)):
			return nil, fmt.Errorf("%s:%d: %q is no rule%s", path, n, sub, map[bool]string{true: "", false: " or shape"}[base == "falsepositives"])
		}
		bounds = append(bounds, bound{line: n, metric: fields[0], op: fields[1], value: v})
	}
	return bounds, sc.Err()
}

type tally struct{ seeded, found int }

func (t tally) recall() float64 {
	if t.seeded == 0 {
		return 1
	}
	return float64(t.found) / float64(t.seeded)
}

type scored struct {
	total    tally
	byRule   map[string]*tally
	byShape  map[string]*tally
	fpByRule map[string]int
	misses   []marker
	fps      []jsonFinding
	fpWhere  []string // the marker a false positive landed on, or ""
	looks    map[string]int
}

func score(markers []marker, findings []jsonFinding) *scored {
	s := &scored{byRule: map[string]*tally{}, byShape: map[string]*tally{}, fpByRule: map[string]int{}, looks: map[string]int{}}
	for _, r := range seededRules {
		s.byRule[r] = &tally{}
	}
	for _, sh := range seededShapes {
		s.byShape[sh] = &tally{}
	}
	type key struct {
		file string
		line int
		rule string
	}
	hit := map[key]bool{}
	for _, f := range findings {
		hit[key{f.File, f.Line, f.Rule}] = true
	}
	seeded := map[key]bool{}
	onLine := map[string]marker{} // file:line
	for _, m := range markers {
		onLine[m.pos()] = m
		if m.kind == "LOOKALIKE" {
			s.looks[m.rule]++
			continue
		}
		k := key{m.file, m.line, m.rule}
		seeded[k] = true
		found := hit[k]
		for _, t := range []*tally{&s.total, s.byRule[m.rule], s.byShape[m.shape]} {
			t.seeded++
			if found {
				t.found++
			}
		}
		if !found {
			s.misses = append(s.misses, m)
		}
	}
	for _, f := range findings {
		if seeded[key{f.File, f.Line, f.Rule}] {
			continue
		}
		s.fps = append(s.fps, f)
		s.fpByRule[f.Rule]++
		where := ""
		if m, ok := onLine[fmt.Sprintf("%s:%d", f.File, f.Line)]; ok {
			where = fmt.Sprintf("%s(%s) [%s] %s", m.kind, m.rule, m.shape, m.why)
		}
		s.fpWhere = append(s.fpWhere, where)
	}
	slices.SortFunc(s.misses, func(a, b marker) int {
		return strings.Compare(a.shape+" "+a.pos(), b.shape+" "+b.pos())
	})
	return s
}

func (s *scored) report() string {
	var b strings.Builder
	fmt.Fprintf(&b, "recall %d/%d = %.2f, false positives %d\n\n", s.total.found, s.total.seeded, s.total.recall(), len(s.fps))
	fmt.Fprintf(&b, "%-18s %6s %6s %7s %6s %10s\n", "rule", "seeded", "found", "recall", "fp", "lookalikes")
	for _, r := range seededRules {
		t := s.byRule[r]
		fmt.Fprintf(&b, "%-18s %6d %6d %7.2f %6d %10d\n", r, t.seeded, t.found, t.recall(), s.fpByRule[r], s.looks[r])
	}
	var other []string
	for r, n := range s.fpByRule {
		if !slices.Contains(seededRules, r) {
			other = append(other, fmt.Sprintf("%s: %d", r, n))
		}
	}
	if len(other) > 0 {
		slices.Sort(other)
		fmt.Fprintf(&b, "false positives of other rules: %s\n", strings.Join(other, ", "))
	}
	fmt.Fprintf(&b, "\n%-18s %6s %6s %7s\n", "shape", "seeded", "found", "recall")
	for _, sh := range seededShapes {
		t := s.byShape[sh]
		fmt.Fprintf(&b, "%-18s %6d %6d %7.2f\n", sh, t.seeded, t.found, t.recall())
	}
	fmt.Fprintf(&b, "\nfalse positives (%d):\n", len(s.fps))
	for i, f := range s.fps {
		fmt.Fprintf(&b, "  %s:%d:%d (%s) %s\n", f.File, f.Line, f.Column, f.Rule, f.Message)
		if s.fpWhere[i] != "" {
			fmt.Fprintf(&b, "      on %s\n", s.fpWhere[i])
		}
	}
	fmt.Fprintf(&b, "\nmisses (%d), by shape:\n", len(s.misses))
	for _, m := range s.misses {
		fmt.Fprintf(&b, "  [%s] %s (%s) %s\n", m.shape, m.pos(), m.rule, m.why)
	}
	return b.String()
}

// violations lists the bounds of floor.txt the score breaks.
func (s *scored) violations(bounds []bound) []string {
	var out []string
	for _, bd := range bounds {
		base, sub, _ := strings.Cut(bd.metric, ".")
		t := s.total
		if sub != "" {
			if r, ok := s.byRule[sub]; ok {
				t = *r
			} else {
				t = *s.byShape[sub]
			}
		}
		var got float64
		switch base {
		case "recall":
			got = t.recall()
		case "found":
			got = float64(t.found)
		case "falsepositives":
			got = float64(len(s.fps))
			if sub != "" {
				got = float64(s.fpByRule[sub])
			}
		}
		if (bd.op == ">=" && got < bd.value) || (bd.op == "<=" && got > bd.value) {
			out = append(out, fmt.Sprintf("floor.txt:%d: %s %s %g, got %.4g", bd.line, bd.metric, bd.op, bd.value, got))
		}
	}
	return out
}
