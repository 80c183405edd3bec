package analysisutil

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExtractDoc(t *testing.T) {
	src := `// Package x does things.
//
// # Analyzer one
//
// one: report the first thing
//
// Details of one.
//
// # Options
//
// -one.flag does this.
//
// # Analyzer two
//
// two: report the second thing
package x
`
	doc, err := ExtractDoc(src, "one")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc, "report the first thing\n") || !strings.Contains(doc, "-one.flag does this.") || strings.Contains(doc, "second") {
		t.Errorf("ExtractDoc(one) = %q", doc)
	}
	if _, err := ExtractDoc(src, "three"); err == nil {
		t.Error("ExtractDoc(three): no error for a missing section")
	}
}

// TestLineCommentDoc: for every analyzer's doc.go, and for files it does not
// read, the package comment is what the parser finds.
func TestLineCommentDoc(t *testing.T) {
	files, err := filepath.Glob("../../*/doc.go")
	if err != nil || len(files) < 10 {
		t.Fatalf("doc.go files: %v, %v", files, err)
	}
	var srcs []string
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(data))
	}
	srcs = append(srcs,
		"// A.\n//\n//\n//  B  \n//\npackage x\n",
		"//A\n//go:build linux\npackage x\n",
		"// Copyright.\n\n// Doc.\npackage x\n",
		"/* Doc. */\npackage x\n",
		"package x\n",
	)
	for i, src := range srcs {
		f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := lineCommentDoc(src)
		if !ok {
			if i < len(files) {
				t.Errorf("%s: not read without the parser", files[i])
			}
			continue
		}
		if f.Doc == nil || got != f.Doc.Text() {
			t.Errorf("source %d: %q, the parser: %q", i, got, f.Doc.Text())
		}
	}
}
