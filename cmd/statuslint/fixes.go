package main

import (
	"fmt"
	"io"
	"os"

	"github.com/statuslint/statuslint/cmd/statuslint/internal/fix"
	"github.com/statuslint/statuslint/cmd/statuslint/internal/report"
)

// applyFixes applies the findings' fixes, or with diff prints them, and
// returns the findings that remain: with diff, all of them (nothing
// changed); otherwise those whose fix was not applied.
func applyFixes(findings []report.Finding, diff bool, stdout, stderr io.Writer) ([]report.Finding, error) {
	res, err := fix.Apply(findings, os.ReadFile)
	for _, s := range res.Skipped {
		f := findings[s.Finding]
		fmt.Fprintf(stderr, "statuslint: %s:%d: fix %q not applied: %s\n", rel(cwd(), f.Pos.Filename), f.Pos.Line, f.Fixes[0].Message, s.Reason)
	}
	if diff {
		for _, f := range res.Files {
			stdout.Write(f.Diff())
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
