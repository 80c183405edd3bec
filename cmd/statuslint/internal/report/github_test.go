package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestGitHub(t *testing.T) {
	h := root + "/api/h.go"
	findings := []Finding{
		{Rule: "wwwauthenticate", Pos: pos(h, 9, 3), End: pos(h, 9, 30), Message: "401 response without WWW-Authenticate header; set it"},
		{Rule: "missingreturn", Pos: pos(h, 4, 2), End: pos(h, 6, 3), Message: "spans lines"},
		{Rule: "allowheader", Pos: pos(h, 2, 5), End: pos(h, 2, 5), Message: "no range"},
		{Rule: "redirect", Pos: pos(root+"/a,b:c.go", 1, 1), Message: "100% done\r\nnext line"},
		{Rule: "statuscode", Pos: pos("/elsewhere/x.go", 7, 1), Message: "outside: the root, kept"},
		{Rule: "superfluouswrite", Message: "no position: a message all the same"},
	}
	var buf bytes.Buffer
	if err := GitHub(&buf, findings, root); err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"::warning title=statuslint superfluouswrite::no position: a message all the same",
		"::warning file=/elsewhere/x.go,line=7,col=1,title=statuslint statuscode::outside: the root, kept",
		// Properties escape ":" and ","; data only "%", "\r" and "\n".
		"::warning file=a%2Cb%3Ac.go,line=1,col=1,title=statuslint redirect::100%25 done%0D%0Anext line",
		// An empty range gives no end.
		"::warning file=api/h.go,line=2,col=5,title=statuslint allowheader::no range",
		// Columns only on a one-line range: the toolkit refuses them on more.
		"::warning file=api/h.go,line=4,endLine=6,title=statuslint missingreturn::spans lines",
		"::warning file=api/h.go,line=9,col=3,endLine=9,endColumn=30,title=statuslint wwwauthenticate::401 response without WWW-Authenticate header; set it",
		"",
	}, "\n")
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestGitHubEscaping(t *testing.T) {
	for _, tc := range []struct{ in, data, property string }{
		{"plain", "plain", "plain"},
		{"50%", "50%25", "50%25"},
		{"%0A", "%250A", "%250A"}, // an escape already in the text stays text
		{"a\nb\rc", "a%0Ab%0Dc", "a%0Ab%0Dc"},
		{"k: v, w", "k: v, w", "k%3A v%2C w"},
		{"::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"},
	} {
		if got := escapeData(tc.in); got != tc.data {
			t.Errorf("escapeData(%q) = %q, want %q", tc.in, got, tc.data)
		}
		if got := escapeProperty(tc.in); got != tc.property {
			t.Errorf("escapeProperty(%q) = %q, want %q", tc.in, got, tc.property)
		}
	}
}

func TestGitHubEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := GitHub(&buf, nil, root); err != nil {
		t.Fatal(err)
	}
	if buf.Len() != 0 {
		t.Errorf("output for no findings: %q", buf.String())
	}
}
