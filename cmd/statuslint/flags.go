package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
)

// options is the parsed command line.
type options struct {
	format        string
	fix, diff     bool
	explain       string
	list          bool
	baseline      string
	writeBaseline string
	tests         bool
	analyzers     []*analysis.Analyzer // the rules to run
	patterns      []string

	// -routes and -openapi: see routes.go.
	routes  bool
	openapi string
}

var formats = []string{"text", "json", "sarif", "github"}

// parseFlags parses args. Each rule has a -NAME flag, as with the x/tools
// multichecker: naming rules (-lateheader) runs only those, -NAME=false
// switches one off; the rules' own options are -NAME.OPTION.
func parseFlags(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("statuslint", flag.ContinueOnError)
	fs.StringVar(&o.format, "format", "text", "output format: "+strings.Join(formats, ", "))
	fs.BoolFunc("json", "same as -format=json (the x/tools drivers' spelling)", func(string) error {
		o.format = "json"
		return nil
	})
	fs.BoolVar(&o.fix, "fix", false, "apply the suggested fixes")
	fs.BoolVar(&o.diff, "diff", false, "with -fix, print the fixes as a unified diff instead of applying them")
	fs.StringVar(&o.explain, "explain", "", "print the documentation of `RULE` and exit")
	fs.BoolVar(&o.list, "list", false, "list the rules, on or off by default, and exit")
	fs.StringVar(&o.baseline, "baseline", "", "report only findings not recorded in `FILE` (see -write-baseline)")
	fs.StringVar(&o.writeBaseline, "write-baseline", "", "record the findings in `FILE` for -baseline, and exit 0")
	fs.BoolVar(&o.tests, "test", true, "analyze the packages' tests too")
	addInventoryFlags(fs, o)

	enabled := map[*analysis.Analyzer]*triState{}
	for _, a := range analyzer.Analyzers {
		t := new(triState)
		enabled[a] = t
		fs.Var(t, a.Name, "enable the "+a.Name+" rule: "+title(a))
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
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

	if !slices.Contains(formats, o.format) && !(o.format == "markdown" && o.routes) {
		return nil, fmt.Errorf("-format=%s: want one of %s", o.format, strings.Join(formats, ", "))
	}
	if o.diff && !o.fix {
		return nil, fmt.Errorf("-diff needs -fix")
	}
	if o.writeBaseline != "" && (o.baseline != "" || o.fix) {
		return nil, fmt.Errorf("-write-baseline records all findings: it cannot be combined with -baseline or -fix")
	}

	// As multichecker: if any rule is named true, run only those;
	// otherwise run all but those named false.
	anyTrue := false
	for _, t := range enabled {
		anyTrue = anyTrue || *t == setTrue
	}
	for _, a := range analyzer.Analyzers {
		if t := *enabled[a]; t == setTrue || !anyTrue && t != setFalse {
			o.analyzers = append(o.analyzers, a)
		}
	}
	if len(o.analyzers) == 0 {
		return nil, fmt.Errorf("every rule is switched off")
	}
	return o, nil
}

func usage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprint(w, `statuslint reports HTTP status-code mistakes in Go handlers.

Usage:
	statuslint [flags] packages...          e.g. statuslint ./...
	statuslint -explain RULE                a rule's documentation
	statuslint -list                        the rules
	statuslint -routes packages...          every route and the statuses it sends
	statuslint -openapi=FILE packages...    where the spec and the handlers differ
	go vet -vettool=$(which statuslint) packages...

Exit status: 0 nothing to report, 3 findings, 1 the run failed (packages
that cannot be loaded, an analyzer error), 2 a bad command line.

Flags:
`)
	fs.PrintDefaults()
}

// title is the first line of a rule's documentation.
func title(a *analysis.Analyzer) string {
	t, _, _ := strings.Cut(a.Doc, "\n")
	return t
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
