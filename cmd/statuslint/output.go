package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"

	"github.com/statuslint/statuslint/cmd/statuslint/internal/report"
)

// writeOutputs writes every -format: to stdout (unless -fix -diff printed
// the diff there) or to its file. A run's errors are in every output, in
// the form its format has for them: SARIF records them in its invocation,
// JSON in its "errors" list, annotations as error annotations; text
// leaves them to stderr.
func writeOutputs(o *options, stdout io.Writer, findings []report.Finding, errs []error) error {
	var msgs []string
	for _, err := range errs {
		msgs = append(msgs, err.Error())
	}
	return writeEach(o, stdout, func(format string, w io.Writer) error {
		return write(format, w, findings, msgs)
	})
}

// writeEach writes every -format, to stdout or to its file, with write.
// One output failing does not cost the others.
func writeEach(o *options, stdout io.Writer, write func(format string, w io.Writer) error) error {
	var werrs []error
	for _, out := range o.outputs {
		if out.file == "" {
			if o.diff { // -fix -diff prints the diff alone
				continue
			}
			if err := write(out.format, stdout); err != nil {
				werrs = append(werrs, fmt.Errorf("writing %s: %v", out.format, err))
			}
			continue
		}
		var buf bytes.Buffer
		err := write(out.format, &buf)
		if err == nil {
			err = os.MkdirAll(filepath.Dir(out.file), 0o777)
		}
		if err == nil {
			err = writeFile(out.file, buf.Bytes())
		}
		if err != nil {
			werrs = append(werrs, fmt.Errorf("-format=%s=%s: %v", out.format, out.file, err))
		}
	}
	return errors.Join(werrs...)
}

func write(format string, w io.Writer, findings []report.Finding, errs []string) error {
	switch format {
	case "json":
		return writeJSON(w, findings, errs)
	case "sarif":
		return report.SARIF(w, rules(), findings, report.SARIFOptions{Root: repoRoot(), ToolVersion: version(), Errors: errs})
	case "github":
		if err := report.GitHub(w, findings, repoRoot()); err != nil {
			return err
		}
		return report.GitHubErrors(w, errs)
	}
	return writeText(w, findings)
}

// writeText prints go vet's file:line:col: message, with the rule after
// it: the name a //statuslint:ignore or -NAME=false needs. Related places
// follow their finding as go vet prints them: each a line of its own, its
// message indented by a tab after the position.
func writeText(w io.Writer, findings []report.Finding) error {
	dir := cwd()
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		fmt.Fprintf(bw, "%s:%d:%d: %s (%s)\n", rel(dir, f.Pos.Filename), f.Pos.Line, f.Pos.Column, f.Message, f.Rule)
		for _, r := range f.Related {
			fmt.Fprintf(bw, "%s:%d:%d: \t%s\n", rel(dir, r.Pos.Filename), r.Pos.Line, r.Pos.Column, r.Message)
		}
	}
	return bw.Flush()
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
	Errors   []string      `json:"errors,omitempty"` // why the run failed: it found only Findings
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

func writeJSON(w io.Writer, findings []report.Finding, errs []string) error {
	dir := cwd()
	span := func(pos, end token.Position) jsonRange {
		return jsonRange{File: rel(dir, pos.Filename), Line: pos.Line, Column: pos.Column, EndLine: end.Line, EndColumn: end.Column}
	}
	log := jsonLog{Findings: []jsonFinding{}, Errors: errs}
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
