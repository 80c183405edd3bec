package analyzer_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
)

var update = flag.Bool("update", false, "rewrite the README's generated rules table")

const (
	rulesBegin = "<!-- rules: generated from analyzer.Analyzers by `go test ./analyzer -run TestREADMERules -update`; do not edit -->"
	rulesEnd   = "<!-- end of rules -->"
)

// TestREADMERules keeps the README's rules table what the suite says: one
// row per analyzer, its title, whether it is on by default, its options.
func TestREADMERules(t *testing.T) {
	path := filepath.Join("..", "README.md")
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	before, rest, ok := bytes.Cut(readme, []byte(rulesBegin))
	if !ok {
		t.Fatalf("README.md has no line %q", rulesBegin)
	}
	old, after, ok := bytes.Cut(rest, []byte(rulesEnd))
	if !ok {
		t.Fatalf("README.md has no line %q after the table", rulesEnd)
	}
	table := "\n" + rulesTable(analyzer.Analyzers)
	if string(old) == table {
		return
	}
	if !*update {
		t.Fatalf("README.md's rules table is stale; run go test ./analyzer -run TestREADMERules -update\nwant:\n%s", table)
	}
	var buf bytes.Buffer
	buf.Write(before)
	buf.WriteString(rulesBegin)
	buf.WriteString(table)
	buf.WriteString(rulesEnd)
	buf.Write(after)
	if err := os.WriteFile(path, buf.Bytes(), 0o666); err != nil {
		t.Fatal(err)
	}
}

func rulesTable(analyzers []*analysis.Analyzer) string {
	var b strings.Builder
	b.WriteString("| rule | default | reports | options |\n|---|---|---|---|\n")
	for _, a := range analyzers {
		title, _, _ := strings.Cut(a.Doc, "\n")
		title = strings.TrimPrefix(title, "report ")
		state := "on"
		if !analyzer.OnByDefault(a) {
			state = "off"
		}
		var opts []string
		a.Flags.VisitAll(func(f *flag.Flag) {
			opts = append(opts, fmt.Sprintf("`-%s.%s`", a.Name, f.Name))
		})
		fmt.Fprintf(&b, "| [%s](passes/%s/doc.go) | %s | %s | %s |\n", a.Name, a.Name, state, title, strings.Join(opts, " "))
	}
	return b.String()
}
