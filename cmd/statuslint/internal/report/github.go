package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// GitHub writes findings as GitHub Actions workflow commands, one
// "::warning" line each, which the runner turns into annotations on the
// pull request's diff. File names are made relative to root, the
// checkout, as the runner resolves them; a file outside it keeps its
// absolute path, shown in the run's summary only.
//
// Columns are go/token's byte columns: annotations do not say what they
// count, and for the ASCII of Go code the two agree. They are left out of
// a range that spans lines, which the toolkit forbids.
func GitHub(w io.Writer, findings []Finding, root string) error {
	bw := bufio.NewWriter(w)
	for _, f := range sorted(findings) {
		file, ok := relPath(root, f.Pos.Filename)
		if !ok {
			file = f.Pos.Filename
		}
		var props []string
		if file != "" {
			props = append(props, "file="+escapeProperty(file))
		}
		if file != "" && f.Pos.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", f.Pos.Line))
			multiline := hasEnd(f.Pos, f.End) && f.End.Line != f.Pos.Line
			if f.Pos.Column > 0 && !multiline {
				props = append(props, fmt.Sprintf("col=%d", f.Pos.Column))
			}
			if hasEnd(f.Pos, f.End) {
				props = append(props, fmt.Sprintf("endLine=%d", f.End.Line))
				if !multiline {
					props = append(props, fmt.Sprintf("endColumn=%d", f.End.Column))
				}
			}
		}
		props = append(props, "title="+escapeProperty("statuslint "+f.Rule))
		fmt.Fprintf(bw, "::warning %s::%s\n", strings.Join(props, ","), escapeData(f.Message))
	}
	return bw.Flush()
}

// escapeData and escapeProperty escape as @actions/core's command.ts
// does: without it a "\n" in a message would end the command and let the
// rest of the line be read as another one.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func escapeData(s string) string     { return dataEscaper.Replace(s) }
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }

// GitHubErrors writes the run's errors as "::error" workflow commands: the
// job's summary then says why the check is incomplete.
func GitHubErrors(w io.Writer, errs []string) error {
	bw := bufio.NewWriter(w)
	for _, e := range errs {
		fmt.Fprintf(bw, "::error title=%s::%s\n", escapeProperty("statuslint"), escapeData(e))
	}
	return bw.Flush()
}
