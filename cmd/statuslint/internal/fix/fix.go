// Package fix applies the suggested fixes of statuslint's findings, for the
// standalone command's -fix and -fix -diff: it merges the fixes file by
// file, applies an edit reported twice (by a package and by its test
// variant) once, leaves out a fix that overlaps one already taken, and
// gofmts the result. It never produces a file with half a fix in it.
package fix

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"maps"
	"slices"

	"github.com/statuslint/statuslint/cmd/statuslint/internal/report"
)

// A Result is what applying the fixes does: the new contents of each file
// and, for each finding with a fix, whether its fix is in them.
type Result struct {
	Files   []*File // the files that change, sorted by name
	Fixed   []int   // indices of the findings whose fix is applied, ascending
	Skipped []Skip  // the fixes left out, in the order of their findings
}

// A File is one fixed file.
type File struct {
	Name string // as the edits name it
	Old  []byte // the contents the edits were applied to
	New  []byte // the contents with the fixes applied, gofmt'd
}

// A Reason says why a fix was left out.
type Reason int

const (
	// Conflict: an edit overlaps an edit of the fix of finding Skip.With,
	// which was taken first. Running -fix again may apply it.
	Conflict Reason = iota + 1
	// Invalid: the edits cannot be applied as they are (Skip.Err).
	Invalid
	// Generated: the fix edits a generated file, which nobody edits by
	// hand; the go/analysis drivers leave those alone too.
	Generated
	// Rejected: a file the fix edits cannot be fixed (Skip.Err): it cannot
	// be read, or it does not parse once the edits are in.
	Rejected
)

func (r Reason) String() string {
	switch r {
	case Conflict:
		return "conflict"
	case Invalid:
		return "invalid"
	case Generated:
		return "generated"
	case Rejected:
		return "rejected"
	}
	return fmt.Sprintf("Reason(%d)", int(r))
}

// A Skip is a fix that was left out.
type Skip struct {
	Finding int // index into the findings given to Apply
	Reason  Reason
	With    int   // for Conflict: the finding whose fix it overlaps
	Err     error // for Invalid and Rejected
}

func (s Skip) String() string {
	switch s.Reason {
	case Conflict:
		return fmt.Sprintf("fix of finding %d: conflicts with the fix of finding %d", s.Finding, s.With)
	case Generated:
		return fmt.Sprintf("fix of finding %d: edits a generated file", s.Finding)
	}
	return fmt.Sprintf("fix of finding %d: %s: %v", s.Finding, s.Reason, s.Err)
}

// Apply computes the result of applying each finding's fix; it writes
// nothing. A finding has at most one fix (golangci-lint applies every fix a
// finding offers, so the suite offers one); should one offer more, the first
// is taken, as the go/analysis drivers do.
//
// Fixes are taken in the order of findings, so callers that want the same
// result every run pass findings in a stable order. An edit identical to one
// already taken (same file, range and text) is applied once, which makes a
// duplicated finding's fix, or two fixes adding the same import, apply
// once. A fix with an edit that overlaps a taken edit without being
// identical to it is skipped as a whole. Two insertions at one offset
// overlap (their order would be a guess); an insertion at either end of a
// replaced range does not.
//
// Edits are applied to the contents readFile returns for each file, which
// must be the contents the findings were computed on, and the result is
// gofmt'd. When a file cannot be read, or does not parse after the edits,
// every fix that edits it is rejected and the other files are recomputed
// without them. The Result is never nil: when some files cannot be fixed,
// the error names each of them and the Result holds the rest.
func Apply(findings []report.Finding, readFile func(string) ([]byte, error)) (*Result, error) {
	a := &applier{
		findings: findings,
		readFile: readFile,
		files:    map[string]*source{},
	}
	for {
		res, again := a.try()
		if !again {
			return res, a.err()
		}
		// Rejecting a file's fixes removes their edits from other files
		// too, which may also let in a fix that conflicted with them.
	}
}

type applier struct {
	findings []report.Finding
	readFile func(string) ([]byte, error)
	files    map[string]*source
}

// A source is a file some fix edits, read once.
type source struct {
	content   []byte
	generated bool
	bad       error // why the file's fixes are rejected; nil if they are not
}

// An edit is a report.Edit resolved to byte offsets in one file.
type edit struct {
	start, end int
	text       string
}

func (e edit) overlaps(o edit) bool {
	if e.start == e.end && o.start == o.end {
		return e.start == o.start
	}
	return e.start < o.end && o.start < e.end ||
		// An insertion strictly inside a replaced range.
		e.start == e.end && o.start < e.start && e.start < o.end ||
		o.start == o.end && e.start < o.start && o.start < e.end
}

// A taken edit remembers the first finding whose fix brought it in.
type taken struct {
	edit
	owner int
}

// try plans and applies the fixes, leaving out those that edit a file
// already known bad. It reports whether it found another bad file, in
// which case the Result is not final.
func (a *applier) try() (res *Result, again bool) {
	res = &Result{}
	accepted := map[string][]taken{}
	for i, f := range a.findings {
		if len(f.Fixes) == 0 {
			continue
		}
		byFile, skip := a.resolve(f.Fixes[0])
		if skip != nil {
			skip.Finding = i
			res.Skipped = append(res.Skipped, *skip)
			continue
		}
		if j, ok := conflict(byFile, accepted); ok {
			res.Skipped = append(res.Skipped, Skip{Finding: i, Reason: Conflict, With: j})
			continue
		}
		for name, edits := range byFile {
			for _, e := range edits {
				if !slices.ContainsFunc(accepted[name], func(t taken) bool { return t.edit == e }) {
					accepted[name] = append(accepted[name], taken{e, i})
				}
			}
		}
		res.Fixed = append(res.Fixed, i)
	}

	for name, ts := range accepted {
		src := a.files[name]
		edits := make([]edit, len(ts))
		for i, t := range ts {
			edits[i] = t.edit
		}
		out, err := applyEdits(src.content, edits)
		if err != nil {
			src.bad = fmt.Errorf("%s: does not parse with the fixes applied: %w", name, err)
			again = true
			continue
		}
		if !bytes.Equal(out, src.content) {
			res.Files = append(res.Files, &File{Name: name, Old: src.content, New: out})
		}
	}
	slices.SortFunc(res.Files, func(x, y *File) int { return cmp.Compare(x.Name, y.Name) })
	return res, again
}

// resolve turns fix into offsets per file, or says why it is skipped.
func (a *applier) resolve(fix report.Fix) (map[string][]edit, *Skip) {
	if len(fix.Edits) == 0 {
		return nil, &Skip{Reason: Invalid, Err: fmt.Errorf("fix %q has no edits", fix.Message)}
	}
	byFile := map[string][]edit{}
	for _, e := range fix.Edits {
		name := e.Pos.Filename
		if name == "" || e.End.Filename != "" && e.End.Filename != name {
			return nil, &Skip{Reason: Invalid, Err: fmt.Errorf("edit of fix %q spans files %q and %q", fix.Message, name, e.End.Filename)}
		}
		src := a.source(name)
		if src.bad != nil {
			return nil, &Skip{Reason: Rejected, Err: src.bad}
		}
		if src.generated {
			return nil, &Skip{Reason: Generated}
		}
		start, end := e.Pos.Offset, e.End.Offset
		if start < 0 || end < start || end > len(src.content) {
			return nil, &Skip{Reason: Invalid, Err: fmt.Errorf("%s: edit of fix %q has range [%d, %d) in a file of %d bytes", name, fix.Message, start, end, len(src.content))}
		}
		ne := edit{start, end, e.NewText}
		if slices.Contains(byFile[name], ne) {
			continue
		}
		for _, prev := range byFile[name] {
			if prev.overlaps(ne) {
				return nil, &Skip{Reason: Invalid, Err: fmt.Errorf("%s: fix %q has overlapping edits", name, fix.Message)}
			}
		}
		byFile[name] = append(byFile[name], ne)
	}
	return byFile, nil
}

// conflict returns the finding whose taken edit overlaps one of fix's
// edits without being identical to it.
func conflict(fix map[string][]edit, accepted map[string][]taken) (int, bool) {
	for _, name := range slices.Sorted(maps.Keys(fix)) {
		for _, e := range fix[name] {
			for _, t := range accepted[name] {
				if t.edit != e && t.overlaps(e) {
					return t.owner, true
				}
			}
		}
	}
	return 0, false
}

// source reads name the first time a fix edits it.
func (a *applier) source(name string) *source {
	if src, ok := a.files[name]; ok {
		return src
	}
	src := &source{}
	if c, err := a.readFile(name); err != nil {
		src.bad = fmt.Errorf("%s: cannot read: %w", name, err)
	} else {
		src.content = c
		src.generated = generated(c)
	}
	a.files[name] = src
	return src
}

// err names every file whose fixes were rejected, in name order.
func (a *applier) err() error {
	var errs []error
	for _, name := range slices.Sorted(maps.Keys(a.files)) {
		if err := a.files[name].bad; err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// applyEdits applies non-overlapping edits back to front, so that each
// edit's offsets still hold when it is applied, and gofmts the result.
func applyEdits(content []byte, edits []edit) ([]byte, error) {
	edits = slices.Clone(edits)
	// An insertion at the start of a replaced range sorts first: it goes
	// before the replacement text.
	slices.SortFunc(edits, func(x, y edit) int {
		return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.end, y.end))
	})
	out := slices.Clone(content)
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		out = slices.Concat(out[:e.start], []byte(e.text), out[e.end:])
	}
	return format.Source(out)
}

// generated reports whether content is a generated Go file, by the
// convention ast.IsGenerated checks.
func generated(content []byte) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", content, parser.PackageClauseOnly|parser.ParseComments)
	return err == nil && ast.IsGenerated(f)
}
