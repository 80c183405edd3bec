package report

import (
	"cmp"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
)

// relPath returns filename relative to root with forward slashes, and
// false when root is empty or filename lies outside it: formats that
// resolve paths against the checkout cannot use such a path as relative.
func relPath(root, filename string) (string, bool) {
	if root == "" || filename == "" {
		return "", false
	}
	root, err := filepath.Abs(root)
	if err != nil {
		return "", false
	}
	abs, err := filepath.Abs(filename)
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// sorted returns the findings in file, position, rule, message order, so
// that output does not depend on the order in which the driver happened to
// finish its packages. The caller's slice is left alone.
func sorted(findings []Finding) []Finding {
	out := slices.Clone(findings)
	slices.SortStableFunc(out, func(a, b Finding) int {
		return cmp.Or(
			comparePos(a.Pos, b.Pos),
			comparePos(a.End, b.End),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Message, b.Message),
		)
	})
	return out
}

func comparePos(a, b token.Position) int {
	return cmp.Or(
		cmp.Compare(a.Filename, b.Filename),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Column, b.Column),
	)
}

// hasEnd reports whether end is a real end of a range starting at pos,
// not a missing or degenerate one.
func hasEnd(pos, end token.Position) bool {
	if end.Line == 0 || end.Filename != pos.Filename {
		return false
	}
	return end.Line > pos.Line || end.Line == pos.Line && end.Column > pos.Column
}
