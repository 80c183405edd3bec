package report_test

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/cmd/statuslint/internal/report"
	"golang.org/x/tools/go/analysis"
)

func TestFromDiagnostic(t *testing.T) {
	const src = "package p\n\n//line gen.tmpl:10\nvar x = 404\n"
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "/src/p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	lit := file.FileStart + token.Pos(strings.Index(src, "404"))
	d := analysis.Diagnostic{
		Pos:      lit,
		Category: "literal",
		Message:  "use http.StatusNotFound",
		Related:  []analysis.RelatedInformation{{Pos: lit, Message: "here"}},
		SuggestedFixes: []analysis.SuggestedFix{{
			Message:   "Replace 404 with http.StatusNotFound",
			TextEdits: []analysis.TextEdit{{Pos: lit, End: lit + 3, NewText: []byte("http.StatusNotFound")}, {Pos: lit}},
		}},
	}
	f := report.FromDiagnostic(fset, "statuscode", d, "init")

	if f.Rule != "statuscode" || f.Category != "literal" || f.Message != d.Message || f.Func != "init" {
		t.Errorf("FromDiagnostic = %+v", f)
	}
	// The finding is where the //line directive says, as go vet prints it.
	if f.Pos.Filename != "/src/gen.tmpl" || f.Pos.Line != 10 || f.End != f.Pos {
		t.Errorf("Pos, End = %v, %v, want /src/gen.tmpl:10 for both (End unset)", f.Pos, f.End)
	}
	if len(f.Related) != 1 || f.Related[0].Pos != f.Pos || f.Related[0].End != f.Pos || f.Related[0].Message != "here" {
		t.Errorf("Related = %+v", f.Related)
	}
	if len(f.Fixes) != 1 || len(f.Fixes[0].Edits) != 2 || f.Fixes[0].Message != d.SuggestedFixes[0].Message {
		t.Fatalf("Fixes = %+v, want the one fix with its two edits", f.Fixes)
	}
	// The edits are in the file that was parsed.
	e := f.Fixes[0].Edits[0]
	off := strings.Index(src, "404")
	if e.Pos.Filename != "/src/p.go" || e.Pos.Offset != off || e.End.Offset != off+3 || e.NewText != "http.StatusNotFound" {
		t.Errorf("Edits[0] = %+v, want /src/p.go [%d, %d)", e, off, off+3)
	}
	if e := f.Fixes[0].Edits[1]; e.End.Offset != off || e.End.Filename != "/src/p.go" {
		t.Errorf("Edits[1] = %+v, want an empty range at %d (End unset)", e, off)
	}
}
