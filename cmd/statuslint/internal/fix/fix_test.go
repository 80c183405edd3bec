package fix_test

import (
	"errors"
	"go/token"
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/cmd/statuslint/internal/fix"
	"github.com/statuslint/statuslint/cmd/statuslint/internal/report"
)

const src = `package p

import (
	"fmt"
)

func f() {
	fmt.Println(1)
}

func g() {
	fmt.Println(2)
}
`

// at returns the offset of the first occurrence of s in src, or fails.
func at(t *testing.T, src, s string) int {
	t.Helper()
	i := strings.Index(src, s)
	if i < 0 {
		t.Fatalf("%q not in source", s)
	}
	return i
}

// edit replaces [start, end) of file name.
func edit(name string, start, end int, text string) report.Edit {
	return report.Edit{
		Pos:     token.Position{Filename: name, Offset: start},
		End:     token.Position{Filename: name, Offset: end},
		NewText: text,
	}
}

func finding(edits ...report.Edit) report.Finding {
	return report.Finding{Rule: "test", Fixes: []report.Fix{{Message: "Fix it", Edits: edits}}}
}

func files(m map[string]string) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		s, ok := m[name]
		if !ok {
			return nil, fs.ErrNotExist
		}
		return []byte(s), nil
	}
}

// newContents maps each fixed file to its new contents.
func newContents(res *fix.Result) map[string]string {
	m := map[string]string{}
	for _, f := range res.Files {
		m[f.Name] = string(f.New)
	}
	return m
}

func check(t *testing.T, res *fix.Result, wantFiles map[string]string, wantFixed []int, wantSkipped []fix.Skip) {
	t.Helper()
	if got := newContents(res); !reflect.DeepEqual(got, wantFiles) {
		t.Errorf("files:\n%q\nwant\n%q", got, wantFiles)
	}
	if !reflect.DeepEqual(res.Fixed, wantFixed) {
		t.Errorf("Fixed = %v, want %v", res.Fixed, wantFixed)
	}
	// Compare skips by reason and partner; errors are checked by the tests
	// that expect them.
	var got []fix.Skip
	for _, s := range res.Skipped {
		s.Err = nil
		got = append(got, s)
	}
	if !reflect.DeepEqual(got, wantSkipped) {
		t.Errorf("Skipped = %v, want %v", res.Skipped, wantSkipped)
	}
}

func TestNonOverlapping(t *testing.T) {
	one, two := at(t, src, "1"), at(t, src, "2")
	other := "package q\n\nvar x = 1\n"
	findings := []report.Finding{
		finding(edit("a.go", two, two+1, "20")),
		{Rule: "nofix"},
		finding(edit("a.go", one, one+1, "10")),
		finding(edit("b.go", at(t, other, "1"), at(t, other, "1")+1, "2")),
	}
	res, err := fix.Apply(findings, files(map[string]string{"a.go": src, "b.go": other}))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.NewReplacer("(1)", "(10)", "(2)", "(20)").Replace(src)
	check(t, res, map[string]string{"a.go": want, "b.go": "package q\n\nvar x = 2\n"}, []int{0, 2, 3}, nil)
	if res.Files[0].Name != "a.go" || string(res.Files[0].Old) != src {
		t.Errorf("Files[0] = %s with old %q, want a.go with the original", res.Files[0].Name, res.Files[0].Old)
	}
}

// TestGofmt checks that a fixed file comes out gofmt'd, whatever the
// indentation of the inserted text.
func TestGofmt(t *testing.T) {
	end := at(t, src, "(1)") + 3
	res, err := fix.Apply([]report.Finding{finding(edit("a.go", end, end, "\n  return"))}, files(map[string]string{"a.go": src}))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(src, "(1)\n", "(1)\n\treturn\n", 1)
	check(t, res, map[string]string{"a.go": want}, []int{0}, nil)
}

// TestDuplicates: a package and its test variant report the same finding
// with the same fix; two fixes add the same import.
func TestDuplicates(t *testing.T) {
	one, two := at(t, src, "1"), at(t, src, "2")
	imp := at(t, src, "(") + 1
	addImport := edit("a.go", imp, imp, "\n\t\"os\"")
	findings := []report.Finding{
		finding(edit("a.go", one, one+1, "os.Args")),
		finding(edit("a.go", one, one+1, "os.Args")), // the test variant's copy
	}
	findings[0].Fixes[0].Edits = append(findings[0].Fixes[0].Edits, addImport)
	findings[1].Fixes[0].Edits = append(findings[1].Fixes[0].Edits, addImport)
	findings = append(findings, finding(addImport, edit("a.go", two, two+1, "os.Args")))
	res, err := fix.Apply(findings, files(map[string]string{"a.go": src}))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.NewReplacer("\"fmt\"\n", "\"fmt\"\n\t\"os\"\n", "(1)", "(os.Args)", "(2)", "(os.Args)").Replace(src)
	check(t, res, map[string]string{"a.go": want}, []int{0, 1, 2}, nil)
}

func TestConflict(t *testing.T) {
	call := at(t, src, "fmt.Println(1)")
	one, two := at(t, src, "1"), at(t, src, "2")
	imp := at(t, src, "(") + 1
	addImport := edit("a.go", imp, imp, "\n\t\"os\"")
	findings := []report.Finding{
		finding(edit("a.go", call, call+len("fmt.Println(1)"), "println(1)")),
		// Overlaps finding 0 inside its range.
		finding(edit("a.go", one, one+1, "100")),
		// Its import edit would be fine; its other edit conflicts, so
		// none of it applies.
		finding(addImport, edit("a.go", call, call+3, "os")),
		// The same import alone is free to apply once.
		finding(addImport, edit("a.go", two, two+1, "len(os.Args)")),
	}
	res, err := fix.Apply(findings, files(map[string]string{"a.go": src}))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.NewReplacer("\"fmt\"\n", "\"fmt\"\n\t\"os\"\n", "fmt.Println(1)", "println(1)", "(2)", "(len(os.Args))").Replace(src)
	check(t, res, map[string]string{"a.go": want}, []int{0, 3}, []fix.Skip{
		{Finding: 1, Reason: fix.Conflict, With: 0},
		{Finding: 2, Reason: fix.Conflict, With: 0},
	})
}

func TestInsertSameOffset(t *testing.T) {
	end := at(t, src, "(1)") + 3
	call := at(t, src, "fmt.Println(2)")
	callEnd := call + len("fmt.Println(2)")
	findings := []report.Finding{
		finding(edit("a.go", end, end, "\n\treturn")),
		finding(edit("a.go", end, end, "\n\treturn")), // identical: once
		finding(edit("a.go", end, end, "\n\tpanic(0)")),
		// At either end of a replaced range an insertion is not in it.
		finding(edit("a.go", call, callEnd, "println(2)")),
		finding(edit("a.go", call, call, "println(0)\n\t")),
		finding(edit("a.go", callEnd, callEnd, "\n\tprintln(3)")),
	}
	res, err := fix.Apply(findings, files(map[string]string{"a.go": src}))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.NewReplacer("(1)\n", "(1)\n\treturn\n", "\tfmt.Println(2)\n", "\tprintln(0)\n\tprintln(2)\n\tprintln(3)\n").Replace(src)
	check(t, res, map[string]string{"a.go": want}, []int{0, 1, 3, 4, 5}, []fix.Skip{
		{Finding: 2, Reason: fix.Conflict, With: 0},
	})
}

// TestUnparseable: a file that does not parse with its fixes in is left
// out with all its fixes, including one that also edits another file;
// another file's fix that lost to that one then applies.
func TestUnparseable(t *testing.T) {
	other := "package q\n\nvar x = 1\n"
	one := at(t, src, "1")
	x := at(t, other, "1")
	findings := []report.Finding{
		finding(edit("a.go", one, one+1, "1 +")), // breaks a.go
		finding(edit("b.go", x, x+1, "2"), edit("a.go", one-1, one-1, " ")),
		finding(edit("b.go", x, x+1, "3")), // conflicts with 1 until 1 is rejected
	}
	res, err := fix.Apply(findings, files(map[string]string{"a.go": src, "b.go": other}))
	if err == nil || !strings.Contains(err.Error(), "a.go: does not parse") {
		t.Fatalf("err = %v, want one naming a.go", err)
	}
	if strings.Contains(err.Error(), "b.go") {
		t.Errorf("err = %v, names b.go, which is fine", err)
	}
	check(t, res, map[string]string{"b.go": "package q\n\nvar x = 3\n"}, []int{2}, []fix.Skip{
		{Finding: 0, Reason: fix.Rejected},
		{Finding: 1, Reason: fix.Rejected},
	})
	for _, s := range res.Skipped {
		if !strings.Contains(s.String(), "a.go") {
			t.Errorf("skip %v does not name a.go", s)
		}
	}
}

func TestUnreadable(t *testing.T) {
	res, err := fix.Apply([]report.Finding{finding(edit("gone.go", 0, 0, "x"))}, files(nil))
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "gone.go") {
		t.Errorf("err = %v, want a not-exist error naming gone.go", err)
	}
	check(t, res, map[string]string{}, nil, []fix.Skip{{Finding: 0, Reason: fix.Rejected}})
}

func TestInvalidAndGenerated(t *testing.T) {
	gen := "// Code generated by hand. DO NOT EDIT.\n\n" + src
	one := at(t, src, "1")
	findings := []report.Finding{
		finding(edit("a.go", len(src), len(src)+1, "x")),                                                   // past the end
		finding(edit("a.go", one, one+1, "2"), edit("a.go", one, one+1, "3")),                              // overlaps itself
		finding(report.Edit{Pos: token.Position{Filename: "a.go"}, End: token.Position{Filename: "b.go"}}), // spans files
		finding(), // no edits
		finding(edit("gen.go", 0, 0, "// x\n")),
	}
	res, err := fix.Apply(findings, files(map[string]string{"a.go": src, "gen.go": gen}))
	if err != nil {
		t.Fatal(err)
	}
	check(t, res, map[string]string{}, nil, []fix.Skip{
		{Finding: 0, Reason: fix.Invalid},
		{Finding: 1, Reason: fix.Invalid},
		{Finding: 2, Reason: fix.Invalid},
		{Finding: 3, Reason: fix.Invalid},
		{Finding: 4, Reason: fix.Generated},
	})
}

// TestFirstFixOnly: of a finding's fixes only the first is applied.
func TestFirstFixOnly(t *testing.T) {
	one := at(t, src, "1")
	f := finding(edit("a.go", one, one+1, "2"))
	f.Fixes = append(f.Fixes, report.Fix{Message: "Other", Edits: []report.Edit{edit("a.go", one, one+1, "3")}})
	res, err := fix.Apply([]report.Finding{f}, files(map[string]string{"a.go": src}))
	if err != nil {
		t.Fatal(err)
	}
	check(t, res, map[string]string{"a.go": strings.Replace(src, "(1)", "(2)", 1)}, []int{0}, nil)
}
