// Package directives parses statuslint's //statuslint:ignore comments for
// the reporting funnel every check goes through. It reports nothing: the
// directive rule reports the malformed comments it records.
package directives

import (
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/crash"
	"golang.org/x/tools/go/analysis"
)

var Analyzer = &analysis.Analyzer{
	Name:       "directives",
	Doc:        "parse //statuslint:ignore comments for the checks' reporting funnel",
	URL:        "https://github.com/statuslint/statuslint/tree/main/passes/directive",
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
}

// Rules are the names a directive may give: every analyzer of the suite.
// The suite imports the rules, which import this package, so the list
// cannot be taken from it; a test in package analyzer keeps the two equal.
var Rules = []string{
	"successonerror", "clienterror", "badrequest", "methodallow", "wwwauthenticate",
	"missingreturn", "lateheader", "superfluouswrite", "bodylessstatus", "redirect",
	"statuscode", "createdlocation", "retryafter", "apidoc", "directive",
}

// Renamed maps a rule's old name to its name now. Every place a user
// writes a rule name — directives, flags, configuration, baselines —
// still takes the old one. allowheader became methodallow because
// golangci-lint reads //nolint:allowheader as //nolint:all.
var Renamed = map[string]string{"allowheader": "methodallow"}

// Canonical returns the rule's name now.
func Canonical(name string) string {
	if n, ok := Renamed[name]; ok {
		return n
	}
	return name
}

const prefix = "//statuslint:ignore"

// A Directive is one well-formed //statuslint:ignore comment.
type Directive struct {
	Comment *ast.Comment
	Rules   []string
	Reason  string
	file    *token.File
	line    int // the line whose findings it silences
}

// Result is the package's directives, for the checks' reporting funnel,
// and the malformed ones, for the directive rule.
type Result struct {
	byRule map[string][]*Directive
	// Malformed are the comments that silence nothing, with what is wrong
	// with each, in the order of the files and comments.
	Malformed []analysis.Diagnostic
}

// For returns the directives that name rule.
func (r *Result) For(rule string) []*Directive { return r.byRule[rule] }

// Match returns the directive silencing rule's finding at pos, or nil.
func (r *Result) Match(fset *token.FileSet, rule string, pos token.Pos) *Directive {
	ds := r.byRule[rule]
	if len(ds) == 0 || !pos.IsValid() {
		return nil
	}
	tf := fset.File(pos)
	if tf == nil {
		return nil
	}
	line := tf.Line(pos)
	for _, d := range ds {
		if d.file == tf && d.line == line {
			return d
		}
	}
	return nil
}

func run(pass *analysis.Pass) (result any, err error) {
	defer func() {
		if x := recover(); x != nil {
			result, err = nil, crash.Error(pass, crash.Wrap(nil, x))
		}
	}()
	res := &Result{byRule: map[string][]*Directive{}}
	for _, f := range pass.Files {
		var tf *token.File
		var content []byte
		for _, g := range f.Comments {
			for _, c := range g.List {
				res.nolintAll(c)
				rest, ok := strings.CutPrefix(c.Text, prefix)
				if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
					continue // not ours: //statuslint:ignored, /* */
				}
				if tf == nil {
					tf = pass.Fset.File(f.FileStart)
					// Whether the comment has code before it decides the
					// line it silences; a read failure leaves content nil
					// and every directive counts as on its own line.
					content, _ = pass.ReadFile(tf.Name())
				}
				if d, ok := res.parse(c, rest); ok {
					d.file = tf
					d.line = tf.Line(c.Pos())
					if !trailing(content, tf.Offset(c.Pos())) {
						d.line++
					}
					for _, r := range d.Rules {
						res.byRule[r] = append(res.byRule[r], d)
					}
				}
			}
		}
	}
	return res, nil
}

// parse checks one directive, recording what is wrong with it; only a
// directive with known rules and a reason silences anything.
func (r *Result) parse(c *ast.Comment, rest string) (*Directive, bool) {
	malformed := func(msg string) (*Directive, bool) {
		r.Malformed = append(r.Malformed, analysis.Diagnostic{Pos: c.Pos(), End: c.End(), Message: msg})
		return nil, false
	}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return malformed("//statuslint:ignore names no rule; write //statuslint:ignore RULE[,RULE] reason")
	}
	names := strings.Split(fields[0], ",")
	for i, n := range names {
		n = Canonical(n)
		names[i] = n
		if !slices.Contains(Rules, n) {
			return malformed(fmt.Sprintf("//statuslint:ignore names unknown rule %q; rules are %s", n, strings.Join(Rules, ", ")))
		}
	}
	// golangci-lint's users write "//nolint:x // why", gosec's "-- why".
	reason := strings.Join(fields[1:], " ")
	reason = strings.TrimPrefix(strings.TrimPrefix(reason, "//"), "--")
	if reason = strings.TrimSpace(reason); reason == "" {
		return malformed(fmt.Sprintf("//statuslint:ignore needs a reason after the rule names, e.g. %s %s the proxy sets it", prefix, fields[0]))
	}
	return &Directive{Comment: c, Rules: names, Reason: reason}, true
}

// nolintAll records a //nolint comment that golangci-lint reads as
// //nolint:all although it names something else: golangci-lint takes any
// comment that starts with "nolint:all" for it (its nolint filter tests
// the prefix), so //nolint:allowheader (the old name of methodallow)
// silences every linter on its lines, quietly. golangci-lint drops this
// report too, it being on such a line; statuslint and go vet show it.
func (r *Result) nolintAll(c *ast.Comment) {
	text := strings.TrimLeft(c.Text, "/ ")
	rest, ok := strings.CutPrefix(text, "nolint:all")
	if !ok || rest == "" || strings.ContainsAny(rest[:1], " \t,/") {
		return // not a nolint, or exactly //nolint:all
	}
	name, _, _ := strings.Cut(text[len("nolint:"):], ",")
	name = strings.Fields(name)[0]
	instead := "name a linter, or write //nolint:all"
	if rule := Canonical(name); slices.Contains(Rules, rule) {
		instead = fmt.Sprintf("write //statuslint:ignore %s REASON, or //nolint:statuslint", rule)
	}
	r.Malformed = append(r.Malformed, analysis.Diagnostic{
		Pos: c.Pos(), End: c.End(),
		Message: fmt.Sprintf("golangci-lint reads //nolint:%s as //nolint:all and silences every linter here; %s", name, instead),
	})
}

// trailing reports whether code precedes offset on its line.
func trailing(content []byte, offset int) bool {
	if offset > len(content) {
		return false
	}
	for i := offset - 1; i >= 0 && content[i] != '\n'; i-- {
		if content[i] != ' ' && content[i] != '\t' {
			return true
		}
	}
	return false
}
