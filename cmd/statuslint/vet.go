package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/cmd/statuslint/internal/unit"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
)

// vetMain prepares a go vet invocation for the stock unit checker: it
// answers -V=full with statuslint's version, and makes -NAME switch on an
// opt-in rule there too (go vet -vettool=… -createdlocation), as in the
// standalone command. It reports whether it answered the invocation.
func vetMain(args []string) bool {
	for _, a := range args {
		if a == "-V=full" || a == "--V=full" {
			if err := vetVersion(os.Stdout); err != nil {
				fmt.Fprintf(os.Stderr, "statuslint: %v\n", err)
				os.Exit(1)
			}
			return true
		}
	}
	vetEnable(args)
	return false
}

// vetEnable sets the enable flag of each opt-in rule args name (-NAME or
// -NAME=true). An explicit -NAME.enable=false later in args still wins:
// the unit checker parses args after this.
func vetEnable(args []string) {
	for _, arg := range args {
		if arg == "--" || !strings.HasPrefix(arg, "-") {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if hasValue {
			if b, err := strconv.ParseBool(value); err != nil || !b {
				continue
			}
		}
		if a := findAnalyzer(name); a != nil && a.Flags.Lookup("enable") != nil {
			_ = a.Flags.Set("enable", "true") // a bool flag takes "true"
		}
	}
}

// vetUnit runs the package the *.cfg file at the end of args describes,
// with the flags go vet passes before it, and returns the exit status; ok
// is false for what it leaves to the stock unit checker: -fix and -diff,
// and anything but one config file after the flags.
//
// The flags are the unit checker's: -NAME=true runs only the rules named
// (an opt-in one switched on, see vetEnable), -NAME=false all but those,
// -NAME.OPTION sets an option, -json prints JSON.
//
// The go command caches a package vetted for facts only (as a dependency
// of the packages named) under the key of a full run, so after go vet ./b,
// which vets ./a for its facts, go vet ./... replays that run for ./a with
// no findings. (Go 1.26 asks for JSON whatever the user asked for, and
// prints the text itself.) A JSON run of a main-module package without
// tests is therefore always a full one (it costs little more): its
// findings are what a later run naming it needs, and the standalone
// command drops those of packages it was not asked about. A package with
// tests is not affected: go vet names it by its test variant, whose key
// differs.
func vetUnit(args []string) (int, bool) {
	fs := flag.NewFlagSet("statuslint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "")
	fs.Int("c", -1, "")
	fix, diff := fs.Bool("fix", false, ""), fs.Bool("diff", false, "")
	enabled := map[*analysis.Analyzer]*triState{}
	for _, a := range analyzer.Analyzers {
		t := new(triState)
		enabled[a] = t
		fs.Var(t, a.Name, "")
		a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, a.Name+"."+f.Name, f.Usage) })
	}
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 || *fix || *diff {
		return 0, false
	}
	anyTrue := false
	for _, t := range enabled {
		anyTrue = anyTrue || *t == setTrue
	}
	var run []*analysis.Analyzer
	for _, a := range analyzer.Analyzers {
		if t := *enabled[a]; t == setTrue || !anyTrue && t != setFalse {
			run = append(run, a)
		}
	}
	cfg, err := unit.ReadConfig(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(os.Stderr, "statuslint: %v\n", err)
		return 1, true
	}
	if *asJSON && cfg.VetxOnly && cfg.ModulePath != "" && cfg.ModuleVersion == "" && !hasTests(cfg.Dir) {
		cfg.VetxOnly = false
	}
	if os.Getenv("GOGC") == "" {
		// One package, one short process: collecting less often costs
		// little memory (one package's) and a tenth of a first run's
		// time (listmonk: 4.8 → 4.2 s; 62 → 70 MB at the peak).
		debug.SetGCPercent(300)
	}
	return unit.Run(cfg, run, unit.Options{
		JSON:     *asJSON,
		Relevant: func(path string) bool { return path == "net/http" || path == "github.com/valyala/fasthttp" },
		Lean:     []*analysis.Analyzer{ctrlflow.Analyzer},
		LeanStd:  stdNoReturn,
		Known:    knownStd,
		Learns:   response.MayDeclareStatusErrors,
	}), true
}

// A stdFunc is a function or method of the standard library that never
// returns (log.Fatal, os.Exit, testing's FailNow), as ctrlflow finds it:
// its package, its object path, and the platforms (GOOS/GOARCH) it is so
// on, "" for all of stdNoReturnPlatforms. stdnoreturn.go lists them for
// one Go release; TestStdNoReturn computes them again.
type stdFunc struct {
	pkg, obj, platforms string
}

// stdNoReturn reports whether the standard library package has a function
// that never returns, on some platform, in the Go release stdnoreturn.go
// is for: under another release the vet engine vets those packages for
// ctrlflow's facts alone, and the rest of the standard library not at all
// when it does not import net/http (a function a later Go adds elsewhere
// would be taken to return, under the vet engine only).
func stdNoReturn(path string) bool {
	for _, f := range stdNoReturnFuncs {
		if f.pkg == path {
			return true
		}
	}
	return false
}

// knownStd gives ctrlflow's facts of a standard library package from
// stdnoreturn.go, when the go command's release and platform (which it
// passes its tools in the environment) are the table's.
func knownStd(cfg *unit.Config) ([]unit.KnownFact, bool) {
	platform := os.Getenv("GOOS") + "/" + os.Getenv("GOARCH")
	if goRelease(os.Getenv("GOVERSION")) != stdNoReturnGo || !slices.Contains(stdNoReturnPlatforms, platform) {
		return nil, false
	}
	var facts []unit.KnownFact
	for _, f := range stdNoReturnFuncs {
		if f.pkg == cfg.ImportPath && (f.platforms == "" || slices.Contains(strings.Fields(f.platforms), platform)) {
			facts = append(facts, unit.KnownFact{Obj: f.obj, Fact: ctrlflow.Analyzer.FactTypes[0]})
		}
	}
	return facts, true
}

// goRelease returns the release of a Go version: go1.26 for go1.26.8 or
// go1.26rc1; "" for a development version.
func goRelease(v string) string {
	if !strings.HasPrefix(v, "go1.") {
		return ""
	}
	minor := strings.TrimLeft(v[len("go1."):], "0123456789")
	return v[:len(v)-len(minor)]
}

// hasTests reports whether dir holds a _test.go file.
func hasTests(dir string) bool {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), "_test.go") {
			return true
		}
	}
	return false
}
