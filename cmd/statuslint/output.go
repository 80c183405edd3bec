package main

import (
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"

	"github.com/statuslint/statuslint/cmd/statuslint/internal/report"
)

// version is what the SARIF log names as the tool's version.
const version = "0.3.0"

func write(format string, w io.Writer, findings []report.Finding) error {
	switch format {
	case "json":
		return writeJSON(w, findings)
	case "sarif":
		return report.SARIF(w, rules(), findings, report.SARIFOptions{Root: repoRoot(), ToolVersion: version})
	case "github":
		return report.GitHub(w, findings, repoRoot())
	}
	return writeText(w, findings)
}

// writeText prints go vet's file:line:col: message, with the rule after
// it: the name a //statuslint:ignore or -NAME=false needs.
func writeText(w io.Writer, findings []report.Finding) error {
	dir := cwd()
	for _, f := range findings {
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s (%s)\n", rel(dir, f.Pos.Filename), f.Pos.Line, f.Pos.Column, f.Message, f.Rule); err != nil {
			return err
		}
	}
	return nil
}

// repoRoot is the directory code scanning and annotations resolve paths
// against: the repository holding the current directory (the nearest
// parent with a .git), or the current directory outside one. Running from
// a module deep inside a monorepo still gives repository-relative paths.
func repoRoot() string {
	dir := cwd()
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

// rel is filename relative to dir when it is inside it, as go vet prints.
func rel(dir, filename string) string {
	if r, err := filepath.Rel(dir, filename); err == nil && filepath.IsLocal(r) {
		return r
	}
	return filename
}

// The -format=json document: a list, not go vet's tree keyed by package,
// so a finding a package and its test variant share appears once.
type jsonLog struct {
	Findings []jsonFinding `json:"findings"`
}

type jsonFinding struct {
	Rule     string `json:"rule"`
	Category string `json:"category,omitempty"`
	Posn     string `json:"posn"` // file:line:col, as go vet -json
	jsonRange
	Message string        `json:"message"`
	Func    string        `json:"function,omitempty"`
	Related []jsonRelated `json:"related,omitempty"`
	Fixes   []jsonFix     `json:"fixes,omitempty"`
}

type jsonRange struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"endLine"`
	EndColumn int    `json:"endColumn"`
}

type jsonRelated struct {
	jsonRange
	Message string `json:"message"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	File    string `json:"file"`
	Offset  int    `json:"offset"` // bytes
	End     int    `json:"end"`
	NewText string `json:"newText"`
}

func writeJSON(w io.Writer, findings []report.Finding) error {
	dir := cwd()
	span := func(pos, end token.Position) jsonRange {
		return jsonRange{File: rel(dir, pos.Filename), Line: pos.Line, Column: pos.Column, EndLine: end.Line, EndColumn: end.Column}
	}
	log := jsonLog{Findings: []jsonFinding{}}
	for _, f := range findings {
		jf := jsonFinding{
			Rule:      f.Rule,
			Category:  f.Category,
			Posn:      fmt.Sprintf("%s:%d:%d", rel(dir, f.Pos.Filename), f.Pos.Line, f.Pos.Column),
			jsonRange: span(f.Pos, f.End),
			Message:   f.Message,
			Func:      f.Func,
		}
		for _, r := range f.Related {
			jf.Related = append(jf.Related, jsonRelated{span(r.Pos, r.End), r.Message})
		}
		for _, x := range f.Fixes {
			jx := jsonFix{Message: x.Message, Edits: []jsonEdit{}}
			for _, e := range x.Edits {
				jx.Edits = append(jx.Edits, jsonEdit{rel(dir, e.Pos.Filename), e.Pos.Offset, e.End.Offset, e.NewText})
			}
			jf.Fixes = append(jf.Fixes, jx)
		}
		log.Findings = append(log.Findings, jf)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}
