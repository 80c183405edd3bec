package report

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/doc/comment"
	"go/token"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/mod/semver"
)

// The schema URI is the OASIS errata01 one, the "id" of the schema the
// tests validate against.
const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"
	srcRoot      = "%SRCROOT%"
	toolName     = "statuslint"
	toolURI      = "https://github.com/statuslint/statuslint"
)

// SARIFOptions configures SARIF.
type SARIFOptions struct {
	// Root is the directory artifact URIs are made relative to (with
	// uriBaseId %SRCROOT%), normally the repository or module root:
	// GitHub code scanning resolves them against the checkout. Files
	// outside it, or every file when Root is empty, get absolute file URIs.
	Root string

	ToolVersion string

	// Errors are the failures of the run (packages that do not build, an
	// analyzer's error): the log records them in its invocation, which
	// then says the run did not succeed, as SARIF provides for partial
	// results.
	Errors []string

	// ReadFile reads source files to convert byte columns to UTF-16
	// ones; nil means os.ReadFile.
	ReadFile func(string) ([]byte, error)
}

// SARIF writes findings as a SARIF 2.1.0 log with one run, in the subset
// GitHub code scanning accepts: every rule described, every result with a
// repository-relative location and a region in UTF-16 columns.
//
// It leaves partialFingerprints to the upload action: a fingerprint made
// here would have to hash the line's text to survive code moving, which is
// what the action already does. Findings without a position are an error,
// since one result without a location fails the whole upload.
func SARIF(w io.Writer, rules []Rule, findings []Finding, opts SARIFOptions) error {
	readFile := opts.ReadFile
	if readFile == nil {
		readFile = os.ReadFile
	}
	b := &sarifBuilder{root: opts.Root, cols: newUTF16Columns(readFile)}

	index := make(map[string]int, len(rules))
	descriptors := make([]sarifRule, len(rules))
	for i, r := range rules {
		index[r.Name] = i
		descriptors[i] = ruleDescriptor(r)
	}

	results := make([]sarifResult, 0, len(findings)) // [] when empty: GitHub wants the key
	for _, f := range sorted(findings) {
		res, err := b.result(f)
		if err != nil {
			return err
		}
		if i, ok := index[f.Rule]; ok {
			res.RuleIndex = &i
		}
		results = append(results, res)
	}

	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           toolName,
			InformationURI: toolURI,
			Version:        opts.ToolVersion,
			Rules:          descriptors,
		}},
		Invocations: []sarifInvocation{{ExecutionSuccessful: len(opts.Errors) == 0}},
		Results:     results,
		ColumnKind:  "utf16CodeUnits",
	}
	if semver.IsValid(opts.ToolVersion) {
		run.Tool.Driver.SemanticVersion = strings.TrimPrefix(opts.ToolVersion, "v")
	}
	for _, e := range opts.Errors {
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications,
			sarifNotification{Level: "error", Message: sarifText{Text: e}})
	}
	if u, ok := rootURI(opts.Root); ok {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{srcRoot: {URI: u}}
	}
	log := sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}

	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // messages quote code such as "<-" and "&v"
	return enc.Encode(log)
}

// ruleDescriptor describes r from its Analyzer.Doc: the title line, a
// blank line, then the details in doc comment syntax.
func ruleDescriptor(r Rule) sarifRule {
	title, rest, _ := strings.Cut(strings.TrimSpace(r.Doc), "\n")
	title = strings.TrimSpace(title)
	full := firstParagraph(rest)
	if full == "" {
		full = title
	}
	d := sarifRule{
		ID:               r.Name,
		Name:             r.Name,
		ShortDescription: sarifText{Text: title},
		FullDescription:  sarifText{Text: full},
		Help:             sarifHelp{Text: r.Doc, Markdown: markdown(r.Doc)},
		HelpURI:          r.URL,
		DefaultConfiguration: sarifConfiguration{
			Level: "warning",
		},
	}
	if !r.Default {
		off := false
		d.DefaultConfiguration.Enabled = &off
	}
	return d
}

// firstParagraph returns the first paragraph of doc comment text as one
// line; code blocks, lists and headings before it are skipped.
func firstParagraph(text string) string {
	var p comment.Parser
	doc := p.Parse(text)
	for _, blk := range doc.Content {
		if para, ok := blk.(*comment.Paragraph); ok {
			pr := comment.Printer{TextWidth: -1}
			one := &comment.Doc{Content: []comment.Block{para}}
			return strings.TrimSpace(string(pr.Text(one)))
		}
	}
	return ""
}

// markdown renders doc comment text, whose code blocks are indented and
// headings start with "# ", as the Markdown GitHub shows for help.
func markdown(text string) string {
	var p comment.Parser
	var pr comment.Printer
	return string(pr.Markdown(p.Parse(text)))
}

type sarifBuilder struct {
	root string
	cols *utf16Columns
}

func (b *sarifBuilder) result(f Finding) (sarifResult, error) {
	if f.Pos.Filename == "" || f.Pos.Line < 1 {
		return sarifResult{}, fmt.Errorf("sarif: %s finding %q has no position", f.Rule, f.Message)
	}
	loc := sarifLocation{PhysicalLocation: b.physical(f.Pos, f.End)}
	if f.Func != "" {
		loc.LogicalLocations = []sarifLogicalLocation{{Name: f.Func, Kind: "function"}}
	}
	res := sarifResult{
		RuleID:    f.Rule,
		Level:     "warning",
		Message:   sarifText{Text: f.Message},
		Locations: []sarifLocation{loc},
	}
	for i, r := range f.Related {
		if r.Pos.Filename == "" || r.Pos.Line < 1 {
			continue // nothing to point at; the result stands without it
		}
		rl := sarifLocation{ID: i + 1, PhysicalLocation: b.physical(r.Pos, r.End)}
		if r.Message != "" {
			rl.Message = &sarifText{Text: r.Message}
		}
		res.RelatedLocations = append(res.RelatedLocations, rl)
	}
	for _, fix := range f.Fixes {
		if sf, ok := b.fix(fix); ok {
			res.Fixes = append(res.Fixes, sf)
		}
	}
	return res, nil
}

func (b *sarifBuilder) physical(pos, end token.Position) sarifPhysicalLocation {
	return sarifPhysicalLocation{ArtifactLocation: b.artifact(pos.Filename), Region: b.region(pos, end)}
}

// region converts [pos, end) to SARIF's 1-based lines and UTF-16 columns;
// both count the end as the position just past the range. A missing or
// degenerate end gives an empty region at pos.
func (b *sarifBuilder) region(pos, end token.Position) sarifRegion {
	if !hasEnd(pos, end) {
		end = pos
	}
	col := func(p token.Position) int {
		return b.cols.column(p.Filename, p.Line, max(p.Column, 1))
	}
	return sarifRegion{
		StartLine:   pos.Line,
		StartColumn: col(pos),
		EndLine:     end.Line,
		EndColumn:   col(end),
	}
}

func (b *sarifBuilder) artifact(filename string) sarifArtifactLocation {
	if rel, ok := relPath(b.root, filename); ok {
		return sarifArtifactLocation{URI: (&url.URL{Path: rel}).String(), URIBaseID: srcRoot}
	}
	abs, err := filepath.Abs(filename)
	if err != nil {
		abs = filename
	}
	return sarifArtifactLocation{URI: fileURI(abs)}
}

// fix groups a fix's edits by file, files by URI and edits by offset,
// as SARIF's artifactChanges want them.
func (b *sarifBuilder) fix(fix Fix) (sarifFix, bool) {
	byFile := make(map[string][]Edit)
	for _, e := range fix.Edits {
		if e.Pos.Filename == "" || e.Pos.Line < 1 {
			continue
		}
		byFile[e.Pos.Filename] = append(byFile[e.Pos.Filename], e)
	}
	if len(byFile) == 0 {
		return sarifFix{}, false // artifactChanges may not be empty
	}
	var changes []sarifArtifactChange
	for filename, edits := range byFile {
		slices.SortStableFunc(edits, func(x, y Edit) int {
			return cmp.Or(cmp.Compare(x.Pos.Line, y.Pos.Line), cmp.Compare(x.Pos.Column, y.Pos.Column))
		})
		ch := sarifArtifactChange{ArtifactLocation: b.artifact(filename)}
		for _, e := range edits {
			rep := sarifReplacement{DeletedRegion: b.region(e.Pos, e.End)}
			if e.NewText != "" {
				rep.InsertedContent = &sarifArtifactContent{Text: e.NewText}
			}
			ch.Replacements = append(ch.Replacements, rep)
		}
		changes = append(changes, ch)
	}
	slices.SortFunc(changes, func(x, y sarifArtifactChange) int {
		return cmp.Compare(x.ArtifactLocation.URI, y.ArtifactLocation.URI)
	})
	sf := sarifFix{ArtifactChanges: changes}
	if fix.Message != "" {
		sf.Description = &sarifText{Text: fix.Message}
	}
	return sf, true
}

func fileURI(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive: file:///C:/...
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// rootURI is Root as an absolute file URI ending in "/", as SARIF
// requires of a uriBaseId's value, so viewers other than GitHub can
// resolve %SRCROOT%.
func rootURI(root string) (string, bool) {
	if root == "" {
		return "", false
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return "", false
	}
	u := fileURI(abs)
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u, true
}

// The SARIF 2.1.0 objects statuslint writes; field order is output order.

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	Invocations        []sarifInvocation                `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
	Results            []sarifResult                    `json:"results"`
	ColumnKind         string                           `json:"columnKind"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level   string    `json:"level"`
	Message sarifText `json:"message"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	InformationURI  string      `json:"informationUri"`
	Version         string      `json:"version,omitempty"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	Rules           []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name"`
	ShortDescription     sarifText          `json:"shortDescription"`
	FullDescription      sarifText          `json:"fullDescription"`
	Help                 sarifHelp          `json:"help"`
	HelpURI              string             `json:"helpUri,omitempty"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifConfiguration struct {
	Enabled *bool  `json:"enabled,omitempty"` // written only when false
	Level   string `json:"level"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        *int            `json:"ruleIndex,omitempty"`
	Level            string          `json:"level"`
	Message          sarifText       `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	Fixes            []sarifFix      `json:"fixes,omitempty"`
}

type sarifLocation struct {
	ID               int                    `json:"id,omitempty"` // related locations count from 1
	PhysicalLocation sarifPhysicalLocation  `json:"physicalLocation"`
	LogicalLocations []sarifLogicalLocation `json:"logicalLocations,omitempty"`
	Message          *sarifText             `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifLogicalLocation struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
}

type sarifFix struct {
	Description     *sarifText            `json:"description,omitempty"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion           `json:"deletedRegion"`
	InsertedContent *sarifArtifactContent `json:"insertedContent,omitempty"`
}

type sarifArtifactContent struct {
	Text string `json:"text"`
}
