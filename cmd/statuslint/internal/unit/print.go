package unit

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"

	"golang.org/x/tools/go/analysis"
)

// The -json output, as unitchecker prints it: {"ID": {"analyzer":
// [diagnostic...] or {"error": "..."}}}, only analyzers with something
// to say.
type (
	jsonDiagnostic struct {
		Category       string        `json:"category,omitempty"`
		Posn           string        `json:"posn"`
		End            string        `json:"end"`
		Message        string        `json:"message"`
		SuggestedFixes []jsonFix     `json:"suggested_fixes,omitempty"`
		Related        []jsonRelated `json:"related,omitempty"`
	}
	jsonFix struct {
		Message string     `json:"message"`
		Edits   []jsonEdit `json:"edits"`
	}
	jsonEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	jsonRelated struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}
	jsonError struct {
		Err string `json:"error"`
	}
)

// print writes the results and returns the exit status: with JSON, the
// tree on stdout and 0; without, the diagnostics and errors on stderr, as
// go vet prints them, and 1 if there were any.
func (u *unit) print(stdout io.Writer, id string, results []result, asJSON bool) int {
	if asJSON {
		byName := map[string]any{}
		for _, r := range results {
			switch {
			case r.err != nil:
				byName[r.a.Name] = jsonError{r.err.Error()}
			case len(r.diagnostics) > 0:
				byName[r.a.Name] = u.jsonDiagnostics(r.diagnostics)
			}
		}
		tree := map[string]any{}
		if len(byName) > 0 {
			tree[id] = byName
		}
		data, err := json.MarshalIndent(tree, "", "\t")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Fprintf(stdout, "%s\n", data)
		return 0
	}
	code := 0
	for _, r := range results {
		if r.err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", r.a.Name, r.err)
			code = 1
		}
	}
	for _, r := range results {
		for _, d := range r.diagnostics {
			fmt.Fprintf(os.Stderr, "%s: %s\n", u.fset.Position(d.Pos), d.Message)
			code = 1
		}
	}
	return code
}

func (u *unit) jsonDiagnostics(diags []analysis.Diagnostic) []jsonDiagnostic {
	pos := func(p token.Pos) string { return u.fset.Position(p).String() }
	out := make([]jsonDiagnostic, 0, len(diags))
	for _, d := range diags {
		jd := jsonDiagnostic{
			Category: d.Category,
			Posn:     pos(d.Pos),
			End:      pos(cmp.Or(d.End, d.Pos)),
			Message:  d.Message,
		}
		for _, fix := range d.SuggestedFixes {
			jf := jsonFix{Message: fix.Message, Edits: []jsonEdit{}}
			for _, e := range fix.TextEdits {
				// The bytes of the file parsed, not the file a //line
				// directive names.
				start, end := u.fset.PositionFor(e.Pos, false), u.fset.PositionFor(cmp.Or(e.End, e.Pos), false)
				jf.Edits = append(jf.Edits, jsonEdit{Filename: start.Filename, Start: start.Offset, End: end.Offset, New: string(e.NewText)})
			}
			jd.SuggestedFixes = append(jd.SuggestedFixes, jf)
		}
		for _, r := range d.Related {
			jd.Related = append(jd.Related, jsonRelated{Posn: pos(r.Pos), End: pos(cmp.Or(r.End, r.Pos)), Message: r.Message})
		}
		out = append(out, jd)
	}
	return out
}
