// Package analysisutil holds small helpers shared by the statuslint passes
// that know nothing of the response model; those that read it are in
// checkutil.
package analysisutil

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// MustExtractDoc returns the documentation of analyzer name from the package
// comment of a doc.go file: the text after the "# Analyzer name" heading, up to
// the next heading, with the "name: " prefix of its first line removed (the
// form Analyzer.Doc expects: a one-line title, a blank line, the details).
// It panics when the section is missing, which the analyzer's own test catches.
func MustExtractDoc(content, name string) string {
	doc, err := ExtractDoc(content, name)
	if err != nil {
		panic(err)
	}
	return doc
}

// ExtractDoc is MustExtractDoc with an error instead of a panic.
func ExtractDoc(content, name string) (string, error) {
	text, ok := lineCommentDoc(content)
	if !ok {
		f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
		if err != nil {
			return "", fmt.Errorf("doc.go of %s: %v", name, err)
		}
		if f.Doc == nil {
			return "", fmt.Errorf("doc.go of %s has no package comment", name)
		}
		text = f.Doc.Text()
	}
	heading := "# Analyzer " + name + "\n"
	_, section, ok := strings.Cut(text, heading)
	if !ok {
		return "", fmt.Errorf("doc.go of %s lacks a %q heading", name, strings.TrimSpace(heading))
	}
	// The section runs to the next analyzer's heading: a rule's own
	// headings (# Options) are part of its documentation.
	if i := strings.Index(section, "\n# Analyzer "); i >= 0 {
		section = section[:i]
	}
	section = strings.TrimSpace(section)
	rest, ok := strings.CutPrefix(section, name+": ")
	if !ok {
		return "", fmt.Errorf("doc.go of %s: section must start with %q", name, name+": ")
	}
	return rest, nil
}

// lineCommentDoc returns the package comment of a file that begins with
// it, written in // lines directly above the package clause, as
// ast.CommentGroup.Text would: without the comment markers and one space
// after them, trailing spaces and leading, trailing and repeated blank
// lines. It reports false for any other file, which the parser reads.
// Every analyzer's documentation is extracted at package initialization,
// in each of the hundreds of processes go vet starts; parsing was most of
// that.
func lineCommentDoc(content string) (string, bool) {
	var lines []string
	for rest := content; ; {
		line, after, found := strings.Cut(rest, "\n")
		switch {
		case strings.HasPrefix(line, "package "):
			if len(lines) == 0 {
				return "", false
			}
			for len(lines) > 0 && lines[len(lines)-1] == "" {
				lines = lines[:len(lines)-1]
			}
			return strings.Join(lines, "\n") + "\n", true
		case !found, !strings.HasPrefix(line, "//"), strings.HasPrefix(line, "//go:"), strings.HasPrefix(line, "//line "):
			return "", false
		}
		line = strings.TrimRight(strings.TrimPrefix(line[2:], " "), " \t\r")
		if line != "" || len(lines) > 0 && lines[len(lines)-1] != "" {
			lines = append(lines, line)
		}
		rest = after
	}
}
