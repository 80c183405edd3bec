package report

import (
	"crypto/sha256"
	"encoding/hex"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// FromDiagnostic converts d, reported by the analyzer named rule, into a
// Finding; fn is the enclosing function, named as Finding.Func says. Every
// suggested fix is kept, so that a caller can tell a finding that offers
// more than one.
//
// The finding's positions honour //line directives, as go vet prints them;
// the edits' do not, because an edit applies to the bytes of the file that
// was parsed, not to the file a directive names.
func FromDiagnostic(fset *token.FileSet, rule string, d analysis.Diagnostic, fn string) Finding {
	f := Finding{
		Rule:     rule,
		Category: d.Category,
		Pos:      fset.Position(d.Pos),
		End:      fset.Position(OrPos(d.End, d.Pos)),
		Message:  d.Message,
		Func:     fn,
	}
	for _, r := range d.Related {
		f.Related = append(f.Related, Related{
			Pos:     fset.Position(r.Pos),
			End:     fset.Position(OrPos(r.End, r.Pos)),
			Message: r.Message,
		})
	}
	for _, sf := range d.SuggestedFixes {
		fix := Fix{Message: sf.Message}
		for _, e := range sf.TextEdits {
			fix.Edits = append(fix.Edits, Edit{
				Pos:     fset.PositionFor(e.Pos, false),
				End:     fset.PositionFor(OrPos(e.End, e.Pos), false),
				NewText: string(e.NewText),
			})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	return f
}

// OrPos returns end, or pos where end is missing: go/analysis lets a
// diagnostic or an edit leave End unset to mean an empty range at Pos.
func OrPos(end, pos token.Pos) token.Pos {
	if end.IsValid() {
		return end
	}
	return pos
}

// About returns what a finding is about, for keys that must survive both
// code moving and messages being reworded: the source text of its range
// with runs of white space collapsed, or "" for an empty range. A long
// range keeps its start and a hash of the whole.
func About(src []byte, pos, end token.Position) string {
	if pos.Filename != end.Filename || pos.Offset < 0 || end.Offset <= pos.Offset || end.Offset > len(src) {
		return ""
	}
	text := strings.Join(strings.Fields(string(src[pos.Offset:end.Offset])), " ")
	const max = 80
	if len(text) > max {
		sum := sha256.Sum256([]byte(text))
		text = strings.ToValidUTF8(text[:max-20], "") + "…" + hex.EncodeToString(sum[:6])
	}
	return text
}
