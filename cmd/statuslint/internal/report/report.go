// Package report holds statuslint's findings in a driver-neutral form and
// writes them in the standalone command's output formats.
package report

import "go/token"

// A Finding is one diagnostic of one rule, with positions resolved.
// Filenames are absolute, as go/packages gives them; writers make them
// relative where their format wants it. Columns are 1-based byte offsets,
// as go/token counts them.
type Finding struct {
	Rule     string // analyzer name
	Category string // Diagnostic.Category, may be empty
	Pos      token.Position
	End      token.Position // may equal Pos
	Message  string
	Func     string // enclosing function ("Recv.Method", "Func", "" at package level)
	About    string // the code the finding is about: its range's text, spaces collapsed (see About)
	Related  []Related
	Fixes    []Fix // at most one: golangci-lint applies every fix a finding offers
}

// Related is a secondary location of a finding ("written again here").
type Related struct {
	Pos, End token.Position
	Message  string
}

// A Fix is a suggested fix: edits to apply together.
type Fix struct {
	Message string
	Edits   []Edit
}

// An Edit replaces the bytes [Pos, End) of Pos.Filename with NewText.
type Edit struct {
	Pos, End token.Position
	NewText  string
}

// A Rule describes one analyzer of the suite for formats that list rules.
type Rule struct {
	Name    string
	Doc     string // Analyzer.Doc: a one-line title, a blank line, the details
	URL     string
	Default bool // on without flags
}
