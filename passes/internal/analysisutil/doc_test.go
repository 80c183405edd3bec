package analysisutil

import (
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
