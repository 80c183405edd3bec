package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/cmd/statuslint/internal/report"
)

// A baseline records the findings a team has accepted for now, so that the
// gate fails only on new ones. Entries name the rule, the file (relative
// to the baseline's directory), the enclosing function and the message —
// not the line, so the baseline survives edits that move code around.
type baseline struct {
	Comment  string          `json:"comment"`
	Findings []baselineEntry `json:"findings"`

	dir string // the baseline file's directory, to resolve File
}

type baselineEntry struct {
	Rule    string `json:"rule"`
	File    string `json:"file"`
	Func    string `json:"function,omitempty"`
	Message string `json:"message"`
	Count   int    `json:"count,omitempty"` // findings with this key; 0 means 1
}

type baselineKey struct{ rule, file, fn, message string }

const baselineComment = "statuslint baseline: findings accepted for now. statuslint -baseline FILE reports only others; regenerate with -write-baseline FILE."

func (b *baseline) key(f report.Finding) baselineKey {
	file := f.Pos.Filename
	if r, err := filepath.Rel(b.dir, file); err == nil {
		file = filepath.ToSlash(r)
	}
	return baselineKey{f.Rule, file, f.Func, f.Message}
}

func writeBaseline(name string, findings []report.Finding) error {
	abs, err := filepath.Abs(name)
	if err != nil {
		return err
	}
	b := &baseline{Comment: baselineComment, Findings: []baselineEntry{}, dir: filepath.Dir(abs)}
	counts := map[baselineKey]int{}
	var keys []baselineKey
	for _, f := range findings {
		k := b.key(f)
		if counts[k] == 0 {
			keys = append(keys, k)
		}
		counts[k]++
	}
	slices.SortFunc(keys, func(x, y baselineKey) int {
		return strings.Compare(x.file+"\x00"+x.fn+"\x00"+x.rule+"\x00"+x.message, y.file+"\x00"+y.fn+"\x00"+y.rule+"\x00"+y.message)
	})
	for _, k := range keys {
		e := baselineEntry{Rule: k.rule, File: k.file, Func: k.fn, Message: k.message}
		if n := counts[k]; n > 1 {
			e.Count = n
		}
		b.Findings = append(b.Findings, e)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		return err
	}
	return writeFile(name, buf.Bytes())
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
		left[baselineKey{e.Rule, e.File, e.Func, e.Message}] += max(e.Count, 1)
	}
	var out []report.Finding
	for _, f := range findings {
		k := b.key(f)
		if left[k] > 0 {
			left[k]--
			continue
		}
		out = append(out, f)
	}
	return out
}
