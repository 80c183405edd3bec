package analyzer_test

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/passes/directive"
)

// frameworkDirs maps the columns of the README's framework table to the
// fixture directories that back them: testdata/src/<rule>/<dir>/.
var frameworkDirs = map[string]string{
	"net/http":   "nethttp",
	"chi render": "chirender",
	"gin":        "gin",
	"echo":       "echo",
	"echo v5":    "echov5",
	"fiber v2":   "fiberv2",
	"fiber v3":   "fiberv3",
	"pocketbase": "pocketbase",
	"httprouter": "httprouter",
	"huma v2":    "huma",
}

// Cells of the framework table.
const (
	cellSupported   = "✓"   // bad.go with a // want, and good.go
	cellNotPossible = "n/a" // the mistake cannot happen: good.go proves silence
	cellMissing     = "—"   // not supported yet
)

// TestFrameworkTable checks the "## Frameworks" table of the README against
// the fixtures: a ✓ must be backed by testdata/src/<rule>/<dir>/bad.go with
// at least one // want and by good.go, an n/a by good.go, and a — must not
// hide fixtures that would make it a ✓. Every rule of the suite has a row.
func TestFrameworkTable(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	header, rows, err := frameworkTable(readme)
	if err != nil {
		t.Fatalf("README.md: %v", err)
	}
	if len(header) < 2 || header[0] != "rule" {
		t.Fatalf("README.md framework table: header %q, want \"rule\" then one column per framework", header)
	}
	for _, col := range header[1:] {
		if _, ok := frameworkDirs[col]; !ok {
			t.Errorf("README.md framework table: unknown column %q; add it to frameworkDirs in support_test.go", col)
		}
	}

	var names []string
	for _, a := range analyzer.Analyzers {
		if a == directive.Analyzer {
			continue // it reads comments, not handlers: no framework applies
		}
		names = append(names, a.Name)
	}
	src := filepath.Join("..", "testdata", "src")
	seen := map[string]bool{}
	for _, row := range rows {
		rule := row[0]
		if seen[rule] {
			t.Errorf("README.md framework table: rule %s has two rows", rule)
		}
		seen[rule] = true
		if !slices.Contains(names, rule) {
			t.Errorf("README.md framework table: row %s is not a rule of analyzer.Analyzers", rule)
			continue
		}
		if len(row) != len(header) {
			t.Errorf("README.md framework table: row %s has %d cells, the header %d", rule, len(row), len(header))
			continue
		}
		for i, cell := range row[1:] {
			col := header[i+1]
			dir, ok := frameworkDirs[col]
			if !ok {
				continue
			}
			fixtures := filepath.Join(src, rule, dir)
			rel := filepath.ToSlash(filepath.Join("testdata", "src", rule, dir))
			hasWant, badErr := fileContains(filepath.Join(fixtures, "bad.go"), "// want")
			_, goodErr := os.Stat(filepath.Join(fixtures, "good.go"))
			switch cell {
			case cellSupported:
				switch {
				case os.IsNotExist(badErr):
					t.Errorf("%s / %s is ✓, but %s has no bad.go: add the fixture or mark the cell —", rule, col, rel)
				case badErr != nil:
					t.Errorf("%s / %s: %v", rule, col, badErr)
				case !hasWant:
					t.Errorf("%s / %s is ✓, but %s/bad.go has no // want: add an expectation or mark the cell —", rule, col, rel)
				}
				if goodErr != nil {
					t.Errorf("%s / %s is ✓, but %s has no good.go: add the negative fixture or mark the cell —", rule, col, rel)
				}
			case cellNotPossible:
				if goodErr != nil {
					t.Errorf("%s / %s is n/a, but %s has no good.go: add a fixture that proves silence", rule, col, rel)
				}
				if hasWant {
					t.Errorf("%s / %s is n/a, but %s/bad.go expects diagnostics: mark the cell ✓", rule, col, rel)
				}
			case cellMissing:
				if hasWant && goodErr == nil {
					t.Errorf("%s / %s is —, but %s has bad.go with // want and good.go: mark the cell ✓", rule, col, rel)
				}
			default:
				t.Errorf("%s / %s: cell %q, want %s, %s or %s", rule, col, cell, cellSupported, cellNotPossible, cellMissing)
			}
		}
	}

	for _, name := range names {
		if !seen[name] {
			t.Errorf("README.md framework table: no row for rule %s", name)
		}
	}
}

// frameworkTable returns the header and the rows of the first table after
// the "## Frameworks" heading, cells trimmed, rule names without backticks.
func frameworkTable(readme []byte) (header []string, rows [][]string, err error) {
	sc := bufio.NewScanner(bytes.NewReader(readme))
	inSection := false
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "## ") {
			if inSection {
				break // the next section began
			}
			inSection = line == "## Frameworks"
			continue
		}
		if !inSection {
			continue
		}
		if !strings.HasPrefix(line, "|") {
			if header != nil {
				break // the table ended
			}
			continue
		}
		cells := splitRow(line)
		switch {
		case header == nil:
			header = cells
		case isDelimiterRow(cells):
		default:
			cells[0] = strings.Trim(cells[0], "`")
			rows = append(rows, cells)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, err
	}
	if header == nil {
		return nil, nil, errNoTable
	}
	return header, rows, nil
}

type tableError string

func (e tableError) Error() string { return string(e) }

const errNoTable = tableError(`no table under a "## Frameworks" heading`)

func splitRow(line string) []string {
	line = strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|")
	cells := strings.Split(line, "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

func isDelimiterRow(cells []string) bool {
	for _, c := range cells {
		if strings.Trim(c, ":-") != "" {
			return false
		}
	}
	return true
}

// fileContains reports whether the file at path contains s.
func fileContains(path, s string) (bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	return bytes.Contains(b, []byte(s)), nil
}
