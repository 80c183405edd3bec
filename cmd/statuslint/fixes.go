package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/statuslint/statuslint/cmd/statuslint/internal/fix"
	"github.com/statuslint/statuslint/cmd/statuslint/internal/report"
)

// applyFixes applies the findings' fixes, or with diff prints them, and
// returns the findings that remain: with diff, all of them (nothing
// changed); otherwise those whose fix was not applied. Only files of the
// main modules are fixed (see modules.editable).
func applyFixes(findings []report.Finding, diff bool, mods *modules, stdout, stderr io.Writer) ([]report.Finding, error) {
	// A fix that edits a file outside the main modules is left out; its
	// finding stays.
	fixable := slices.Clone(findings)
	for i, f := range fixable {
		if len(f.Fixes) == 0 {
			continue
		}
		for _, e := range f.Fixes[0].Edits {
			if err := mods.editable(e.Pos.Filename); err != nil {
				fmt.Fprintf(stderr, "statuslint: %s:%d: fix %q not applied: %v\n", rel(cwd(), f.Pos.Filename), f.Pos.Line, f.Fixes[0].Message, err)
				fixable[i].Fixes = nil
				break
			}
		}
	}
	res, err := fix.Apply(fixable, os.ReadFile)
	for _, s := range res.Skipped {
		f := findings[s.Finding]
		fmt.Fprintf(stderr, "statuslint: %s:%d: fix %q not applied: %s\n", rel(cwd(), f.Pos.Filename), f.Pos.Line, f.Fixes[0].Message, s.Reason)
	}
	if diff {
		// Paths from the repository root with git's a/ and b/, as git
		// diff prints them: git apply takes the diff anywhere in the
		// repository, patch -p1 at its root.
		root := repoRoot()
		for _, f := range res.Files {
			name := filepath.ToSlash(rel(root, f.Name))
			stdout.Write(fix.Unified("a/"+name, "b/"+name, f.Old, f.New))
		}
		return findings, err
	}
	if werr := res.Write(); werr != nil {
		return findings, werr
	}
	if len(res.Fixed) > 0 {
		fmt.Fprintf(stderr, "statuslint: applied %s in %s\n", plural(len(res.Fixed), "fix", "fixes"), plural(len(res.Files), "file", "files"))
	}
	fixed := map[int]bool{}
	for _, i := range res.Fixed {
		fixed[i] = true
	}
	var left []report.Finding
	for i, f := range findings {
		if !fixed[i] {
			left = append(left, f)
		}
	}
	return left, err
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
