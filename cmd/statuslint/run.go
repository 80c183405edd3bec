package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/cmd/statuslint/internal/report"
	"github.com/statuslint/statuslint/cmd/statuslint/internal/unit"
	"github.com/statuslint/statuslint/passes/directive"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Exit statuses of the standalone command.
const (
	exitClean    = 0
	exitError    = 1
	exitUsage    = 2
	exitFindings = 3
)

func run(args []string, stdout, stderr io.Writer) int {
	// "statuslint help [RULE]", as go vet's usage and the x/tools
	// drivers suggest.
	if len(args) > 0 && args[0] == "help" {
		return help(args[1:], stdout, stderr)
	}
	o, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitClean
	}
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\n", err)
		return exitUsage
	}
	switch {
	case o.version:
		fmt.Fprintf(stdout, "statuslint %s\n", version())
		return exitClean
	case o.explain != "":
		return explain(stdout, stderr, o.explain)
	case o.list:
		list(stdout)
		return exitClean
	case len(o.patterns) == 0:
		fmt.Fprintln(stderr, "statuslint: no packages given; try statuslint ./...")
		return exitUsage
	}

	// A go command of a newer release than this binary's: its standard
	// library and export data are newer than the type checker, and every
	// package would fail without saying why.
	if o.goenv = readGoEnv(); o.goenv != nil {
		if err := unit.TooNew(o.goenv.vars["GOVERSION"]); err != nil {
			fmt.Fprintf(stderr, "statuslint: the go command is %s: %v\n", o.goenv.vars["GOVERSION"], err)
			return exitError
		}
	}
	if o.routes || o.openapi != "" {
		return runInventory(o, stdout, stderr)
	}
	engine, err := o.chooseEngine()
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\n", err)
		return exitUsage
	}
	// Packages that do not build are reported and the rest analyzed, as go
	// vet does: the run fails, and its outputs hold what it found.
	var findings []report.Finding
	var errs []error
	if engine == engineVet {
		findings, errs = analyzeVet(o)
		if o.engine == engineAuto && slices.Contains(errs, errNotLoaded) {
			findings, errs = analyze(o)
		}
		errs = slices.DeleteFunc(errs, func(err error) bool { return err == errNotLoaded })
	} else {
		findings, errs = analyze(o)
	}
	for _, err := range errs {
		fmt.Fprintf(stderr, "statuslint: %v\n", err)
	}
	findings = slices.DeleteFunc(findings, func(f report.Finding) bool { return o.config.excluded(f.Pos.Filename) })

	if o.writeBaseline != "" {
		if err := writeBaseline(o.writeBaseline, findings); err != nil {
			fmt.Fprintf(stderr, "statuslint: %v\n", err)
			return exitError
		}
		fmt.Fprintf(stderr, "statuslint: recorded %s in %s\n", plural(len(findings), "finding", "findings"), o.writeBaseline)
		if len(errs) > 0 {
			return exitError
		}
		return exitClean
	}
	if o.baseline != "" {
		b, err := readBaseline(o.baseline)
		if err != nil {
			fmt.Fprintf(stderr, "statuslint: %v\n", err)
			return exitError
		}
		findings = b.filter(findings)
	}
	if o.fix {
		if findings, err = applyFixes(findings, o.diff, mainModules(o.pkgs), stdout, stderr); err != nil {
			fmt.Fprintf(stderr, "statuslint: %v\n", err)
			errs = append(errs, err)
		}
	}
	if err := writeOutputs(o, stdout, findings, errs); err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\n", err)
		return exitError
	}
	return exitStatus(errs, findings)
}

// exitStatus is the standalone command's verdict on a run: it failed, it
// found something, or neither.
func exitStatus(errs []error, findings []report.Finding) int {
	switch {
	case len(errs) > 0:
		return exitError
	case len(findings) > 0:
		return exitFindings
	}
	return exitClean
}

// analyze loads the packages and runs the rules on every one that builds.
// The errors are the packages that do not, and the analyzers' failures.
func analyze(o *options) ([]report.Finding, []error) {
	pkgs, err := load(o.patterns, o.tests, o.tags)
	var errs []error
	if err != nil {
		errs = append(errs, err)
	}
	o.pkgs = pkgs
	// A package with errors, its own or a dependency's, has no complete
	// type information: the analyzers would fail on it ("analysis skipped
	// due to errors in package"). The others are analyzed.
	var roots []*packages.Package
	var skipped []string
	for _, p := range pkgs {
		switch {
		case !p.IllTyped:
			roots = append(roots, p)
		case len(p.Errors) == 0:
			skipped = append(skipped, p.ID)
		}
	}
	if len(skipped) > 0 {
		errs = append(errs, fmt.Errorf("not analyzed, because a package they import does not build: %s", strings.Join(skipped, ", ")))
	}
	if len(roots) == 0 {
		return nil, errs
	}
	graph, err := checker.Analyze(o.analyzers, roots, nil)
	if err != nil {
		return nil, append(errs, err)
	}
	findings, aerrs := collect(graph)
	return findings, append(errs, aerrs...)
}

// load loads the packages and everything they depend on, from source, as
// checker.Analyze needs. What the go command and the type checker say
// about broken packages comes back as one error, with the packages: the
// caller analyzes those that build.
func load(patterns []string, tests bool, tags string) ([]*packages.Package, error) {
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Tests: tests,
	}
	if tags != "" {
		cfg.BuildFlags = []string{"-tags=" + tags}
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, fmt.Errorf("cannot load %s: %v%s", strings.Join(patterns, " "), err, hint(err.Error()))
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	// Errors without a position come from the go command: the pattern
	// or the module is wrong, not the code.
	var msgs []string
	seen := map[string]bool{}
	build := false
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			msg := e.Msg
			if e.Pos != "" && e.Pos != "-" {
				msg = e.Pos + ": " + msg
				build = true
			}
			if !seen[msg] {
				seen[msg] = true
				msgs = append(msgs, msg+hint(msg))
			}
		}
	})
	if len(msgs) > 0 {
		return pkgs, errors.New(loadErrors(msgs, patterns, build))
	}
	return pkgs, nil
}

// loadErrors says what went wrong loading the patterns, given the messages
// (each with its hint): packages that do not build (build), or patterns
// the go command cannot load. Twenty messages at most.
func loadErrors(msgs, patterns []string, build bool) string {
	const max = 20
	more := ""
	if len(msgs) > max {
		more = fmt.Sprintf("\n\t... and %d more", len(msgs)-max)
		msgs = msgs[:max]
	}
	what := "cannot load " + strings.Join(patterns, " ")
	if build {
		what = "packages do not build; those that do were analyzed"
	}
	return fmt.Sprintf("%s:\n\t%s%s", what, strings.Join(msgs, "\n\t"), more)
}

// hint adds what to do about errors whose cure is not in the message.
func hint(msg string) string {
	switch {
	case strings.Contains(msg, "C compiler") || strings.Contains(msg, `exec: "gcc"`) || strings.Contains(msg, "cgo:"):
		return " (cgo needs a C compiler: install one, set CC, or run with CGO_ENABLED=0)"
	case strings.Contains(msg, "go.mod file not found") || strings.Contains(msg, "cannot find main module"):
		return " (run statuslint inside a Go module, or give it package paths)"
	}
	return ""
}

// collect turns the analysis graph into findings, sorted and free of the
// copies a file's package and its test variant both report, and the
// analyzers' errors, each once.
func collect(graph *checker.Graph) ([]report.Finding, []error) {
	type key struct {
		rule     string
		pos, end token.Position
		message  string
	}
	seen := map[key]bool{}
	var findings []report.Finding
	var errs []error
	seenErr := map[string]bool{}
	funcs := map[*packages.Package]*enclosing{}
	srcs := sources{}
	for act := range graph.All() {
		if act.Err != nil {
			// A failure shows once, where it happened, not again in each
			// action that needed its result.
			msg := act.Err.Error()
			if !strings.HasPrefix(msg, "failed prerequisites") && !seenErr[msg] {
				seenErr[msg] = true
				errs = append(errs, fmt.Errorf("%s: %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err))
			}
			continue
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			fset := act.Package.Fset
			k := key{act.Analyzer.Name, fset.Position(d.Pos), fset.Position(d.End), d.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			enc := funcs[act.Package]
			if enc == nil {
				enc = newEnclosing(act.Package)
				funcs[act.Package] = enc
			}
			f := report.FromDiagnostic(fset, act.Analyzer.Name, d, enc.name(d.Pos))
			// The bytes parsed, not the file a //line directive names.
			pos, end := fset.PositionFor(d.Pos, false), fset.PositionFor(report.OrPos(d.End, d.Pos), false)
			f.About = report.About(srcs.read(pos.Filename), pos, end)
			findings = append(findings, f)
		}
	}
	sortFindings(findings)
	return findings, errs
}

// sortFindings sorts by file, position, rule and message, as both engines
// report them.
func sortFindings(findings []report.Finding) {
	slices.SortFunc(findings, func(a, b report.Finding) int {
		return cmp.Or(
			cmp.Compare(a.Pos.Filename, b.Pos.Filename),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Column, b.Pos.Column),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// sources reads each file once.
type sources map[string][]byte

func (s sources) read(name string) []byte {
	data, ok := s[name]
	if !ok {
		data, _ = os.ReadFile(name) // unreadable: nothing to say what it is about
		s[name] = data
	}
	return data
}

// enclosing names the function a position is in, for baselines: a name
// that survives edits elsewhere in the file, unlike a line number.
type enclosing struct {
	fset  *token.FileSet
	files map[*token.File]*ast.File
}

func newEnclosing(p *packages.Package) *enclosing {
	e := &enclosing{fset: p.Fset, files: map[*token.File]*ast.File{}}
	for _, f := range p.Syntax {
		e.files[p.Fset.File(f.FileStart)] = f
	}
	return e
}

// name is "Func" or "Recv.Method" for the declaration holding pos (a
// function literal counts as part of the function it is in), or "".
func (e *enclosing) name(pos token.Pos) string {
	f := e.files[e.fset.File(pos)]
	if f == nil {
		return ""
	}
	i, found := slices.BinarySearchFunc(f.Decls, pos, func(d ast.Decl, p token.Pos) int {
		switch {
		case d.End() <= p:
			return -1
		case d.Pos() > p:
			return 1
		}
		return 0
	})
	if !found {
		return ""
	}
	fd, ok := f.Decls[i].(*ast.FuncDecl)
	if !ok {
		return ""
	}
	if fd.Recv != nil && len(fd.Recv.List) == 1 {
		return recvName(fd.Recv.List[0].Type) + "." + fd.Name.Name
	}
	return fd.Name.Name
}

func recvName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return recvName(e.X)
	case *ast.IndexExpr:
		return recvName(e.X)
	case *ast.IndexListExpr:
		return recvName(e.X)
	case *ast.Ident:
		return e.Name
	}
	return ""
}

// rules describes the whole suite, for the formats that list rules.
func rules() []report.Rule {
	var rs []report.Rule
	for _, a := range analyzer.Analyzers {
		rs = append(rs, report.Rule{Name: a.Name, Doc: a.Doc, URL: a.URL, Default: analyzer.OnByDefault(a)})
	}
	return rs
}

// findAnalyzer returns the rule named name, or by an old name, or nil.
func findAnalyzer(name string) *analysis.Analyzer {
	name = directive.Canonical(name)
	for _, a := range analyzer.Analyzers {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func explain(stdout, stderr io.Writer, name string) int {
	a := findAnalyzer(name)
	if a == nil {
		fmt.Fprintf(stderr, "statuslint: no rule %q; statuslint -list shows them\n", name)
		return exitUsage
	}
	state := "on by default"
	if !analyzer.OnByDefault(a) {
		state = "off by default; -" + a.Name + " runs it alone, -" + a.Name + ".enable adds it to the others"
	}
	fmt.Fprintf(stdout, "%s: %s\n\n%s\n", a.Name, state, a.Doc)
	if a.URL != "" {
		fmt.Fprintf(stdout, "\n%s\n", a.URL)
	}
	return exitClean
}

func list(w io.Writer) {
	for _, a := range analyzer.Analyzers {
		state := "on"
		if !analyzer.OnByDefault(a) {
			state = "off"
		}
		fmt.Fprintf(w, "%-17s %-3s  %s\n", a.Name, state, title(a))
	}
}

func cwd() string {
	d, _ := os.Getwd()
	return d
}
