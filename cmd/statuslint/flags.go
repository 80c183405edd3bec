package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/settings"
	"github.com/statuslint/statuslint/passes/directive"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// options is the parsed command line, with the configuration file's
// settings in it where no flag overrides them.
type options struct {
	format        string   // the format written to stdout, "" when every output goes to a file
	outputs       []output // every -format, in command-line order
	fix, diff     bool
	explain       string
	list          bool
	version       bool
	baseline      string
	writeBaseline string
	tests         bool
	tags          string
	engine        string               // -engine: engineAuto, engineVet or engineDirect
	config        *config              // the configuration file read, or nil
	analyzers     []*analysis.Analyzer // the rules to run
	patterns      []string

	pkgs []*packages.Package // the packages loaded, once analyzed

	goenv *goEnv // the go command's settings, nil without a go command

	// -routes and -openapi: see routes.go.
	routes  bool
	openapi string
}

// An output is one -format: a format written to stdout, or to a file.
type output struct {
	format string
	file   string // "" for stdout
}

var formats = []string{"text", "json", "sarif", "github"}

// parseFlags parses args. Each rule has a -NAME flag, as with the x/tools
// multichecker: naming rules (-lateheader) runs only those, and switches
// on an opt-in one; -NAME=false switches one off; the rules' own options
// are -NAME.OPTION. The configuration file (.statuslint.yml) is read
// here too: a flag given on the command line overrides it.
func parseFlags(args []string, stderr io.Writer) (*options, error) {
	// The analyzers' flags belong to the process: start from their
	// defaults, whatever an earlier run in this process set.
	settings.Reset(analyzer.Analyzers)
	o := &options{engine: engineAuto}
	fs := flag.NewFlagSet("statuslint", flag.ContinueOnError)
	fs.Func("format", "output `FORMAT` ("+strings.Join(formats, ", ")+"), or FORMAT=FILE to write it to FILE;\nrepeat it for several outputs of one analysis (default text)", func(s string) error {
		name, file, hasFile := strings.Cut(s, "=")
		if !slices.Contains(formats, name) && name != "markdown" {
			return fmt.Errorf("want one of %s, or FORMAT=FILE", strings.Join(formats, ", "))
		}
		if hasFile && file == "" {
			return fmt.Errorf("no file after %s=", name)
		}
		o.outputs = append(o.outputs, output{name, file})
		return nil
	})
	fs.BoolFunc("json", "same as -format=json (the x/tools drivers' spelling)", func(string) error {
		o.outputs = append(o.outputs, output{format: "json"})
		return nil
	})
	fs.BoolVar(&o.fix, "fix", false, "apply the suggested fixes (to files of the main modules only)")
	fs.BoolVar(&o.diff, "diff", false, "with -fix, print the fixes as a diff git apply takes, instead of applying them")
	fs.StringVar(&o.explain, "explain", "", "print the documentation of `RULE` and exit (also: statuslint help RULE)")
	fs.BoolVar(&o.list, "list", false, "list the rules, on or off by default, and exit")
	fs.BoolVar(&o.version, "version", false, "print statuslint's version and exit")
	fs.StringVar(&o.baseline, "baseline", "", "report only findings not recorded in `FILE` (see -write-baseline)")
	fs.StringVar(&o.writeBaseline, "write-baseline", "", "record the findings in `FILE` for -baseline, and exit 0")
	fs.BoolVar(&o.tests, "test", true, "analyze the packages' tests too")
	fs.StringVar(&o.tags, "tags", "", "a comma-separated list of build `TAGS`, as go build -tags")
	fs.Func("engine", "how to analyze: `vet` runs the rules through the go command's vet machinery,\nwhich caches each package's findings in GOCACHE (and the whole run's in the\nreplay cache, above); direct loads the whole program into this process and\ncaches nothing; auto (the default) takes vet unless -fix, -test=false, -routes\nor -openapi need direct", func(s string) error {
		switch s {
		case engineAuto, engineVet, engineDirect:
			o.engine = s
			return nil
		}
		return fmt.Errorf("want auto, vet or direct")
	})
	configFlag := fs.String("config", "", "read settings from `FILE` instead of the nearest .statuslint.yml\nfound from the current directory up to the repository root;\n-config=none reads none")
	addInventoryFlags(fs, o)

	enabled := map[*analysis.Analyzer]*triState{}
	for _, a := range analyzer.Analyzers {
		t := new(triState)
		enabled[a] = t
		fs.Var(t, a.Name, "run the "+a.Name+" rule (naming rules runs only those): "+title(a))
		a.Flags.VisitAll(func(f *flag.Flag) {
			usage := f.Usage
			if f.Name == "enable" {
				usage = "add the opt-in " + a.Name + " rule to the rules that run"
			}
			fs.Var(f.Value, a.Name+"."+f.Name, usage)
		})
	}
	// A rule's old name still works on the command line.
	for oldName, name := range directive.Renamed {
		if a := findAnalyzer(name); a != nil {
			fs.Var(enabled[a], oldName, "the old name of -"+name)
			a.Flags.VisitAll(func(f *flag.Flag) {
				fs.Var(f.Value, oldName+"."+f.Name, "the old name of -"+name+"."+f.Name)
			})
		}
	}
	// The flag package prints the error and the whole usage; one line
	// saying what is wrong reads better in a CI log.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			fs.SetOutput(stderr)
			usage(fs)
			return nil, err
		}
		return nil, fmt.Errorf("%v (statuslint -help lists the flags)", err)
	}
	o.patterns = fs.Args()
	if o.version || o.explain != "" || o.list {
		return o, nil
	}
	set := map[string]bool{} // the flags given on the command line
	fs.Visit(func(f *flag.Flag) {
		rule, opt, _ := strings.Cut(f.Name, ".")
		set[strings.TrimSuffix(directive.Canonical(rule)+"."+opt, ".")] = true
	})

	// The configuration file, where no flag says otherwise.
	cfg, err := loadConfig(*configFlag)
	if err != nil {
		return nil, err
	}
	o.config = cfg
	off := map[*analysis.Analyzer]bool{}
	if cfg != nil {
		var assign []assignment
		off, assign, err = cfg.Rules.Resolve(analyzer.Analyzers)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", cfg.name, oneLine(err))
		}
		for _, as := range assign {
			if set[as.Name] {
				continue
			}
			if err := as.Set(); err != nil {
				return nil, fmt.Errorf("%s: %v", cfg.name, err)
			}
		}
		if !set["test"] && cfg.Test != nil {
			o.tests = *cfg.Test
		}
		if !set["tags"] && len(cfg.Tags) > 0 {
			o.tags = strings.Join(cfg.Tags, ",")
		}
		if !set["baseline"] && !set["write-baseline"] && cfg.Baseline != "" {
			o.baseline = cfg.path(cfg.Baseline)
		}
	}

	if err := o.checkOutputs(); err != nil {
		return nil, err
	}
	if o.diff && !o.fix {
		return nil, fmt.Errorf("-diff needs -fix")
	}
	if o.writeBaseline != "" && (set["baseline"] || o.fix) {
		return nil, fmt.Errorf("-write-baseline records all findings: it cannot be combined with -baseline or -fix")
	}
	if o.writeBaseline != "" {
		o.baseline = "" // the configuration file's: -write-baseline records all
	}
	if o.analyzers, err = selectRules(enabled, off, set); err != nil {
		return nil, err
	}
	return o, nil
}

// checkOutputs settles the outputs: text on stdout when no -format is
// given, at most one format on stdout, and each file written once.
func (o *options) checkOutputs() error {
	if len(o.outputs) == 0 {
		o.outputs = []output{{format: "text"}}
	}
	files := map[string]bool{}
	for _, out := range o.outputs {
		if out.format == "markdown" && !o.routes {
			return fmt.Errorf("-format=markdown is for -routes; want one of %s", strings.Join(formats, ", "))
		}
		if out.file == "" {
			if o.format != "" {
				return fmt.Errorf("-format=%s and -format=%s both write to stdout: give one of them a file, e.g. -format=%s=statuslint.%s", o.format, out.format, out.format, out.format)
			}
			o.format = out.format
			continue
		}
		if files[out.file] {
			return fmt.Errorf("-format: %s is written twice", out.file)
		}
		files[out.file] = true
	}
	return nil
}

// selectRules returns the rules to run. As multichecker: if any rule is
// named true (-NAME), run only those; otherwise run all but those named
// false or disabled in the configuration file. Naming an opt-in rule
// switches it on: -createdlocation alone runs createdlocation. A
// combination that would run nothing, or that both names a rule and
// switches it off, is an error, not a run that checks nothing.
func selectRules(enabled map[*analysis.Analyzer]*triState, off map[*analysis.Analyzer]bool, set map[string]bool) ([]*analysis.Analyzer, error) {
	anyTrue := false
	for _, t := range enabled {
		anyTrue = anyTrue || *t == setTrue
	}
	var on []*analysis.Analyzer
	active := 0 // rules in on that report anything
	for _, a := range analyzer.Analyzers {
		t := *enabled[a]
		en := a.Flags.Lookup("enable")
		enableFlag := "-" + a.Name + ".enable"
		enableSet := en != nil && set[a.Name+".enable"]
		switch {
		case t == setTrue:
			if enableSet && en.Value.String() == "false" {
				return nil, fmt.Errorf("%s=false switches off the rule -%s runs", enableFlag, a.Name)
			}
			if en != nil {
				if err := en.Value.Set("true"); err != nil {
					return nil, err
				}
			}
		case t == setFalse && enableSet && en.Value.String() == "true":
			return nil, fmt.Errorf("%s switches on the rule -%s=false switches off", enableFlag, a.Name)
		case anyTrue || t == setFalse:
			continue
		case off[a] && !(enableSet && en.Value.String() == "true"):
			continue // disabled in the configuration file
		}
		on = append(on, a)
		if en == nil || en.Value.String() == "true" {
			active++
		}
	}
	if active == 0 {
		return nil, fmt.Errorf("no rule would run: every rule is switched off (statuslint -list shows them)")
	}
	return on, nil
}

func usage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprint(w, `statuslint reports HTTP status-code mistakes in Go handlers.

Usage:
	statuslint [flags] packages...          e.g. statuslint ./...
	statuslint help [RULE]                  this text, or a rule's documentation
	statuslint -list                        the rules
	statuslint -routes packages...          every route and the statuses it sends
	statuslint -openapi=FILE packages...    where the spec and the handlers differ
	go vet -vettool=$(which statuslint) packages...

Settings in .statuslint.yml (the nearest from the current directory up to
the repository root) apply unless a flag overrides them.

Exit status: 0 nothing to report, 3 findings, 1 the run failed (packages
that do not build, an analyzer error; the packages that build are still
analyzed and reported), 2 a bad command line or configuration file.

A run through go vet (-engine=vet, the default) that succeeded is recorded
in a replay cache: the same command again, with no file it read changed,
prints what it found without running the go command. STATUSLINT_CACHE names
the cache's directory (default: statuslint/replay in the user cache
directory), or switches it off: STATUSLINT_CACHE=off.

Flags:
`)
	fs.PrintDefaults()
}

// title is the first line of a rule's documentation.
func title(a *analysis.Analyzer) string {
	t, _, _ := strings.Cut(a.Doc, "\n")
	return t
}

// oneLine joins a multi-error's lines, for a one-line usage error.
func oneLine(err error) string {
	return strings.ReplaceAll(err.Error(), "\n", "; ")
}

// triState is a rule's -NAME flag: unset, true or false.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (t *triState) IsBoolFlag() bool { return true }

func (t *triState) String() string {
	switch *t {
	case setTrue:
		return "true"
	case setFalse:
		return "false"
	}
	return ""
}

func (t *triState) Set(s string) error {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return err
	}
	if b {
		*t = setTrue
	} else {
		*t = setFalse
	}
	return nil
}
