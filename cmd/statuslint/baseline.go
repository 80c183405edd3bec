package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/cmd/statuslint/internal/report"
	"github.com/statuslint/statuslint/passes/directive"
)

// A baseline records the findings a team has accepted for now, so that the
// gate fails only on new ones. An entry's key is the rule, the file
// (relative to the baseline's directory), the enclosing function and what
// the finding is about — the code at its range, e.g.
// "w.WriteHeader(http.StatusUnauthorized)" — not the line, so the baseline
// survives edits that move code around, and not the message, so it
// survives a release that rewords one. The message is recorded for the
// reader. Entries of baselines written before "about" existed have none:
// they are matched by their message, as they always were.
type baseline struct {
	Comment  string          `json:"comment"`
	Findings []baselineEntry `json:"findings"`

	dir string // the baseline file's directory, to resolve File
}

type baselineEntry struct {
	Rule    string `json:"rule"`
	File    string `json:"file"`
	Func    string `json:"function,omitempty"`
	About   string `json:"about,omitempty"`
	Message string `json:"message"`
	Count   int    `json:"count,omitempty"` // findings with this key; 0 means 1
}

// A baselineKey identifies findings: by what they are about, or, for a
// finding with an empty range and for old entries, by their message.
type baselineKey struct{ rule, file, fn, about, message string }

const baselineComment = "statuslint baseline: findings accepted for now, keyed by rule, file, function and the code each is about. statuslint -baseline FILE reports only others; regenerate with -write-baseline FILE."

// keys returns the key a finding is recorded under, and the one an entry
// without "about" would have for it.
func (b *baseline) keys(f report.Finding) (key, old baselineKey) {
	file := f.Pos.Filename
	if r, err := filepath.Rel(b.dir, file); err == nil {
		file = filepath.ToSlash(r)
	}
	old = baselineKey{f.Rule, file, f.Func, "", f.Message}
	if f.About == "" {
		return old, old
	}
	return baselineKey{f.Rule, file, f.Func, f.About, ""}, old
}

func (e baselineEntry) key() baselineKey {
	e.Rule = directive.Canonical(e.Rule) // a baseline from before a rule was renamed
	if e.About != "" {
		return baselineKey{e.Rule, e.File, e.Func, e.About, ""}
	}
	return baselineKey{e.Rule, e.File, e.Func, "", e.Message}
}

// writeBaseline records findings in the file name, replacing it
// atomically; it refuses to write through a symbolic link.
func writeBaseline(name string, findings []report.Finding) error {
	abs, err := filepath.Abs(name)
	if err != nil {
		return err
	}
	b := &baseline{Comment: baselineComment, Findings: []baselineEntry{}, dir: filepath.Dir(abs)}
	entries := map[baselineKey]*baselineEntry{}
	for _, f := range findings {
		k, _ := b.keys(f)
		if e := entries[k]; e != nil {
			e.Count = max(e.Count, 1) + 1
			continue
		}
		entries[k] = &baselineEntry{Rule: k.rule, File: k.file, Func: k.fn, About: k.about, Message: f.Message}
	}
	for _, e := range entries {
		b.Findings = append(b.Findings, *e)
	}
	slices.SortFunc(b.Findings, func(x, y baselineEntry) int {
		return cmp.Or(
			strings.Compare(x.File, y.File),
			strings.Compare(x.Func, y.Func),
			strings.Compare(x.Rule, y.Rule),
			strings.Compare(x.About, y.About),
			strings.Compare(x.Message, y.Message),
		)
	})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		return err
	}
	if err := writeFile(name, buf.Bytes()); err != nil {
		return fmt.Errorf("-write-baseline: %v", err)
	}
	return nil
}

func readBaseline(name string) (*baseline, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("-baseline: %v", err)
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return nil, err
	}
	b := &baseline{dir: filepath.Dir(abs)}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(b); err != nil {
		return nil, fmt.Errorf("-baseline %s: not a statuslint baseline: %v", name, err)
	}
	return b, nil
}

// filter returns the findings the baseline does not account for. A key
// recorded n times accepts n findings: a second copy of a known mistake in
// the same function is new.
func (b *baseline) filter(findings []report.Finding) []report.Finding {
	left := map[baselineKey]int{}
	for _, e := range b.Findings {
		left[e.key()] += max(e.Count, 1)
	}
	var out []report.Finding
	for _, f := range findings {
		k, old := b.keys(f)
		switch {
		case left[k] > 0:
			left[k]--
		case left[old] > 0:
			left[old]--
		default:
			out = append(out, f)
		}
	}
	return out
}
