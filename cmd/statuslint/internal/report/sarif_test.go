package report

import (
	"bytes"
	"encoding/json"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/cmd/statuslint/internal/report/sariftest"
)

func writeSARIF(t *testing.T, rules []Rule, findings []Finding, opts SARIFOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := SARIF(&buf, rules, findings, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func decode(t *testing.T, data []byte) sarifLog {
	t.Helper()
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("got %d runs, want 1", len(log.Runs))
	}
	return log
}

// memFiles serves source files from memory, keyed by absolute name.
func memFiles(files map[string]string) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		if s, ok := files[name]; ok {
			return []byte(s), nil
		}
		return nil, os.ErrNotExist
	}
}

var testRules = []Rule{
	{Name: "allowheader", Doc: "report 405 responses without an Allow header\n\nRFC 9110 requires an Allow header\non a 405.\n\nWrong:\n\n\tw.WriteHeader(405)\n", URL: "https://example.com/allowheader", Default: true},
	{Name: "retryafter", Doc: "report 429 and 503 responses without Retry-After", URL: "https://example.com/retryafter"},
}

const root = "/src/app"

// richFindings exercise every part of a result: related locations, a fix
// with edits in two files, a function, and text that JSON and URIs escape.
func richFindings() []Finding {
	h := root + "/api/h.go"
	other := root + "/api/dir with space/x#1.go"
	return []Finding{
		{
			Rule: "allowheader", Func: "Server.create",
			Pos: pos(h, 3, 2), End: pos(h, 3, 22),
			Message: `405 response without Allow header; set it first, e.g. w.Header().Set("Allow", "GET") <&>`,
			Related: []Related{
				{Pos: pos(h, 2, 8), End: pos(h, 2, 17), Message: "status decided here"},
				{Pos: pos(other, 1, 1), Message: ""},
			},
			Fixes: []Fix{{
				Message: "Set Allow before WriteHeader",
				Edits: []Edit{
					{Pos: pos(other, 1, 1), End: pos(other, 1, 1), NewText: "// x\n"},
					{Pos: pos(h, 3, 2), End: pos(h, 3, 2), NewText: "w.Header().Set(\"Allow\", \"GET\")\n\t"},
					{Pos: pos(h, 2, 2), End: pos(h, 2, 8)}, // a deletion
				},
			}},
		},
		{Rule: "retryafter", Pos: pos("/elsewhere/vendor/v.go", 1, 1), Message: "outside the root"},
		{Rule: "unlisted", Pos: pos(h, 1, 1), End: pos(h, 1, 8), Message: "a rule the caller did not list"},
	}
}

func richFiles() map[string]string {
	return map[string]string{
		root + "/api/h.go":                  "package api\n\tx := \"é€😀\"\n\tw.WriteHeader(405)\n",
		root + "/api/dir with space/x#1.go": "package api\n",
		"/elsewhere/vendor/v.go":            "package v\n",
	}
}

func pos(file string, line, col int) token.Position {
	return token.Position{Filename: file, Line: line, Column: col}
}

func TestSARIFValidates(t *testing.T) {
	sch := sariftest.Schema(t)
	opts := SARIFOptions{Root: root, ToolVersion: "v0.3.0", ReadFile: memFiles(richFiles())}
	data := writeSARIF(t, testRules, richFindings(), opts)
	if err := sariftest.Validate(sch, data); err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
}

// TestSARIFValidatorRejects proves validate can fail: each mutation of a
// valid log is one an upload would refuse.
func TestSARIFValidatorRejects(t *testing.T) {
	sch := sariftest.Schema(t)
	opts := SARIFOptions{Root: root, ReadFile: memFiles(richFiles())}
	good := writeSARIF(t, testRules, richFindings(), opts)

	// The schema rejects the first four; it allows the last three, which
	// GitHub's upload refuses.
	for _, tc := range []struct {
		name   string
		schema bool // rejected by the schema itself
		mutate func(run map[string]any)
	}{
		{"invalid level", true, func(run map[string]any) { result(run)["level"] = "fatal" }},
		{"zero startLine", true, func(run map[string]any) { region(run)["startLine"] = 0 }},
		{"unknown property", true, func(run map[string]any) { result(run)["severity"] = "high" }},
		{"results null", true, func(run map[string]any) { run["results"] = nil }},
		{"no locations", false, func(run map[string]any) { delete(result(run), "locations") }},
		{"no region", false, func(run map[string]any) { delete(physical(run), "region") }},
		{"no help", false, func(run map[string]any) { delete(firstRule(run), "help") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var log map[string]any
			if err := json.Unmarshal(good, &log); err != nil {
				t.Fatal(err)
			}
			tc.mutate(log["runs"].([]any)[0].(map[string]any))
			bad, err := json.Marshal(log)
			if err != nil {
				t.Fatal(err)
			}
			err = sariftest.Validate(sch, bad)
			switch {
			case err == nil:
				t.Errorf("validate accepted a log with %s", tc.name)
			case strings.HasPrefix(err.Error(), "schema:") != tc.schema:
				t.Errorf("rejected by the wrong check (schema: %v): %v", tc.schema, err)
			}
		})
	}
}

func result(run map[string]any) map[string]any { return run["results"].([]any)[0].(map[string]any) }
func physical(run map[string]any) map[string]any {
	return result(run)["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)
}
func region(run map[string]any) map[string]any { return physical(run)["region"].(map[string]any) }
func firstRule(run map[string]any) map[string]any {
	return run["tool"].(map[string]any)["driver"].(map[string]any)["rules"].([]any)[0].(map[string]any)
}

func TestSARIFEmpty(t *testing.T) {
	for _, findings := range [][]Finding{nil, {}} {
		data := writeSARIF(t, testRules, findings, SARIFOptions{Root: root})
		if !bytes.Contains(data, []byte(`"results": []`)) {
			t.Errorf("no empty results array in\n%s", data)
		}
		if err := sariftest.Validate(sariftest.Schema(t), data); err != nil {
			t.Error(err)
		}
	}
}

func TestSARIFLog(t *testing.T) {
	opts := SARIFOptions{Root: root, ToolVersion: "v0.3.0", ReadFile: memFiles(richFiles())}
	log := decode(t, writeSARIF(t, testRules, richFindings(), opts))
	if log.Schema != sarifSchema || log.Version != "2.1.0" {
		t.Errorf("$schema, version = %q, %q", log.Schema, log.Version)
	}
	run := log.Runs[0]
	d := run.Tool.Driver
	if d.Name != "statuslint" || d.InformationURI != "https://github.com/statuslint/statuslint" || d.Version != "v0.3.0" {
		t.Errorf("driver = %+v", d)
	}
	if got, want := run.OriginalURIBaseIDs[srcRoot].URI, "file:///src/app/"; got != want {
		t.Errorf("%%SRCROOT%% = %q, want %q", got, want)
	}
	if run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind = %q", run.ColumnKind)
	}

	off := false
	wantRules := []sarifRule{
		{
			ID: "allowheader", Name: "allowheader",
			ShortDescription: sarifText{"report 405 responses without an Allow header"},
			FullDescription:  sarifText{"RFC 9110 requires an Allow header on a 405."},
			Help: sarifHelp{
				Text:     testRules[0].Doc,
				Markdown: "report 405 responses without an Allow header\n\nRFC 9110 requires an Allow header on a 405.\n\nWrong:\n\n\tw.WriteHeader(405)\n",
			},
			HelpURI:              "https://example.com/allowheader",
			DefaultConfiguration: sarifConfiguration{Level: "warning"},
		},
		{
			ID: "retryafter", Name: "retryafter",
			ShortDescription: sarifText{"report 429 and 503 responses without Retry-After"},
			// No details: the title stands in.
			FullDescription:      sarifText{"report 429 and 503 responses without Retry-After"},
			Help:                 sarifHelp{Text: testRules[1].Doc, Markdown: "report 429 and 503 responses without Retry-After\n"},
			HelpURI:              "https://example.com/retryafter",
			DefaultConfiguration: sarifConfiguration{Level: "warning", Enabled: &off},
		},
	}
	if !reflect.DeepEqual(d.Rules, wantRules) {
		t.Errorf("rules:\n%s\nwant:\n%s", indent(d.Rules), indent(wantRules))
	}

	h := sarifArtifactLocation{URI: "api/h.go", URIBaseID: srcRoot}
	other := sarifArtifactLocation{URI: "api/dir%20with%20space/x%231.go", URIBaseID: srcRoot}
	zero, one := 0, 1
	// Line 2 is `\tx := "é€😀"`: 2-byte é, 3-byte €, 4-byte 😀.
	want := []sarifResult{
		{
			RuleID: "retryafter", RuleIndex: &one, Level: "warning",
			Message: sarifText{"outside the root"},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: sarifArtifactLocation{URI: "file:///elsewhere/vendor/v.go"},
				Region:           sarifRegion{1, 1, 1, 1},
			}}},
		},
		{
			RuleID: "unlisted", Level: "warning",
			Message: sarifText{"a rule the caller did not list"},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: h, Region: sarifRegion{1, 1, 1, 8},
			}}},
		},
		{
			RuleID: "allowheader", RuleIndex: &zero, Level: "warning",
			Message: sarifText{richFindings()[0].Message},
			Locations: []sarifLocation{{
				PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: h, Region: sarifRegion{3, 2, 3, 22}},
				LogicalLocations: []sarifLogicalLocation{{Name: "Server.create", Kind: "function"}},
			}},
			RelatedLocations: []sarifLocation{
				// From é to the closing quote: byte columns 8 to 17.
				{ID: 1, PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: h, Region: sarifRegion{2, 8, 2, 12}}, Message: &sarifText{"status decided here"}},
				{ID: 2, PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: other, Region: sarifRegion{1, 1, 1, 1}}},
			},
			Fixes: []sarifFix{{
				Description: &sarifText{"Set Allow before WriteHeader"},
				ArtifactChanges: []sarifArtifactChange{
					{ArtifactLocation: other, Replacements: []sarifReplacement{
						{DeletedRegion: sarifRegion{1, 1, 1, 1}, InsertedContent: &sarifArtifactContent{"// x\n"}},
					}},
					{ArtifactLocation: h, Replacements: []sarifReplacement{
						// Bytes 2 to 8 of line 2 end before "é€😀": no conversion.
						{DeletedRegion: sarifRegion{2, 2, 2, 8}},
						{DeletedRegion: sarifRegion{3, 2, 3, 2}, InsertedContent: &sarifArtifactContent{"w.Header().Set(\"Allow\", \"GET\")\n\t"}},
					}},
				},
			}},
		},
	}
	if !reflect.DeepEqual(run.Results, want) {
		t.Errorf("results:\n%s\nwant:\n%s", indent(run.Results), indent(want))
	}
}

func indent(v any) string {
	b, _ := json.MarshalIndent(v, "", "  ")
	return string(b)
}

// TestSARIFColumns checks that regions count UTF-16 units, read through
// os.ReadFile when no ReadFile is given.
func TestSARIFColumns(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "h.go")
	// w starts at byte column 20 and UTF-16 column 15 (é saves one unit,
	// € two, 😀 two); the line ends before byte column 38, UTF-16 column 33.
	line := "\ts := \"é€😀\"; w.WriteHeader(500)"
	if err := os.WriteFile(file, []byte("package p\n"+line+"\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	f := Finding{Rule: "r", Pos: pos(file, 2, 20), End: pos(file, 2, len(line)+1), Message: "m"}
	log := decode(t, writeSARIF(t, nil, []Finding{f}, SARIFOptions{Root: dir}))
	loc := log.Runs[0].Results[0].Locations[0].PhysicalLocation
	if want := (sarifRegion{2, 15, 2, 33}); loc.Region != want {
		t.Errorf("region = %+v, want %+v", loc.Region, want)
	}
	if loc.ArtifactLocation.URI != "h.go" {
		t.Errorf("uri = %q, want h.go", loc.ArtifactLocation.URI)
	}
}

func TestSARIFURIs(t *testing.T) {
	for _, tc := range []struct {
		root, file string
		want       sarifArtifactLocation
	}{
		{"/src/app", "/src/app/main.go", sarifArtifactLocation{"main.go", srcRoot}},
		{"/src/app/", "/src/app/a/b/c.go", sarifArtifactLocation{"a/b/c.go", srcRoot}},
		{"/src/app", "/src/app/a:b/c.go", sarifArtifactLocation{"./a:b/c.go", srcRoot}}, // not a scheme
		{"/src/app", "/src/app/ü.go", sarifArtifactLocation{"%C3%BC.go", srcRoot}},
		{"/src/app", "/src/application/x.go", sarifArtifactLocation{"file:///src/application/x.go", ""}},
		{"/src/app", "/src/x.go", sarifArtifactLocation{"file:///src/x.go", ""}},
		{"/src/app", "/src/app/../x.go", sarifArtifactLocation{"file:///src/x.go", ""}},
		{"", "/src/app/main.go", sarifArtifactLocation{"file:///src/app/main.go", ""}},
	} {
		b := &sarifBuilder{root: tc.root}
		if got := b.artifact(tc.file); got != tc.want {
			t.Errorf("root %q, file %q: got %+v, want %+v", tc.root, tc.file, got, tc.want)
		}
	}

	// Without a root there is no base to declare.
	log := decode(t, writeSARIF(t, nil, nil, SARIFOptions{}))
	if log.Runs[0].OriginalURIBaseIDs != nil {
		t.Errorf("originalUriBaseIds without a root: %v", log.Runs[0].OriginalURIBaseIDs)
	}
}

func TestSARIFDeterministic(t *testing.T) {
	opts := SARIFOptions{Root: root, ReadFile: memFiles(richFiles())}
	findings := richFindings()
	want := writeSARIF(t, testRules, findings, opts)
	for range len(findings) {
		// Every rotation of the input gives the same log.
		findings = append(findings[1:], findings[0])
		if got := writeSARIF(t, testRules, findings, opts); !bytes.Equal(got, want) {
			t.Fatalf("output depends on input order:\n%s\nwant:\n%s", got, want)
		}
	}
}

func TestSARIFNoPosition(t *testing.T) {
	var buf bytes.Buffer
	err := SARIF(&buf, nil, []Finding{{Rule: "r", Message: "m"}}, SARIFOptions{})
	if err == nil || !strings.Contains(err.Error(), "no position") {
		t.Errorf("err = %v, want a missing position reported", err)
	}
}

// TestSuiteRules builds the descriptors of the real suite: a doc.go
// without a title or details would leave code scanning with an empty rule
// description.
func TestSuiteRules(t *testing.T) {
	var rules []Rule
	for _, a := range analyzer.Analyzers {
		rules = append(rules, Rule{Name: a.Name, Doc: a.Doc, URL: a.URL, Default: true})
	}
	data := writeSARIF(t, rules, nil, SARIFOptions{Root: root})
	if err := sariftest.Validate(sariftest.Schema(t), data); err != nil {
		t.Fatal(err)
	}
	got := decode(t, data).Runs[0].Tool.Driver.Rules
	if len(got) != len(analyzer.Analyzers) {
		t.Fatalf("%d rules for %d analyzers", len(got), len(analyzer.Analyzers))
	}
	for _, r := range got {
		short, full := r.ShortDescription.Text, r.FullDescription.Text
		if short == "" || full == "" || r.Help.Text == "" || r.Help.Markdown == "" || r.HelpURI == "" {
			t.Errorf("%s: incomplete descriptor %+v", r.ID, r)
		}
		if full == short {
			t.Errorf("%s: full description is the title; doc.go has no details paragraph", r.ID)
		}
		if strings.Contains(short, "\n") || strings.Contains(full, "\n") {
			t.Errorf("%s: descriptions are not one line: %q, %q", r.ID, short, full)
		}
	}
}

func TestSARIFRegion(t *testing.T) {
	const f, g = "/src/app/f.go", "/src/app/g.go"
	b := &sarifBuilder{root: root, cols: newUTF16Columns(memFiles(map[string]string{
		f: "package p\n\tv := \"😀\"\n}\n",
	}))}
	for _, tc := range []struct {
		name     string
		pos, end token.Position
		want     sarifRegion
	}{
		{"missing end", pos(f, 2, 2), token.Position{}, sarifRegion{2, 2, 2, 2}},
		{"end at pos", pos(f, 2, 2), pos(f, 2, 2), sarifRegion{2, 2, 2, 2}},
		{"end before pos", pos(f, 2, 5), pos(f, 2, 2), sarifRegion{2, 5, 2, 5}},
		{"end in another file", pos(f, 2, 2), pos(g, 3, 1), sarifRegion{2, 2, 2, 2}},
		{"one line", pos(f, 2, 7), pos(f, 2, 12), sarifRegion{2, 7, 2, 10}},
		{"lines", pos(f, 2, 7), pos(f, 3, 2), sarifRegion{2, 7, 3, 2}},
		{"no column", pos(f, 1, 0), pos(f, 1, 0), sarifRegion{1, 1, 1, 1}},
		{"past the end of the file", pos(f, 40, 3), pos(f, 41, 1), sarifRegion{40, 3, 41, 1}},
	} {
		if got := b.region(tc.pos, tc.end); got != tc.want {
			t.Errorf("%s: region %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// TestSARIFFailedRun: a run with errors is still a valid log, with the
// findings it has and its invocation saying why it failed; a clean run's
// invocation says it succeeded.
func TestSARIFFailedRun(t *testing.T) {
	opts := SARIFOptions{Root: root, ToolVersion: "v1.2.3", ReadFile: memFiles(richFiles()),
		Errors: []string{"broken/b.go:2:13: cannot use \"s\" (untyped string constant) as int value"}}
	data := writeSARIF(t, testRules, richFindings(), opts)
	if err := sariftest.Validate(sariftest.Schema(t), data); err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	run := decode(t, data).Runs[0]
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful {
		t.Error("executionSuccessful = true, want false")
	}
	if n := inv.ToolExecutionNotifications; len(n) != 1 || n[0].Level != "error" || !strings.Contains(n[0].Message.Text, "broken/b.go:2:13") {
		t.Errorf("toolExecutionNotifications = %+v", n)
	}
	if len(run.Results) == 0 {
		t.Error("a failed run's log lost the findings it has")
	}
	if v := run.Tool.Driver.SemanticVersion; v != "1.2.3" {
		t.Errorf("semanticVersion = %q, want 1.2.3", v)
	}

	opts.Errors = nil
	if inv := decode(t, writeSARIF(t, testRules, nil, opts)).Runs[0].Invocations; len(inv) != 1 || !inv[0].ExecutionSuccessful {
		t.Errorf("clean run: invocations %+v, want one with executionSuccessful true", inv)
	}
}
