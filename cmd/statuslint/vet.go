package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/cmd/statuslint/internal/unit"
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
	return unit.Run(cfg, run, unit.Options{
		JSON:     *asJSON,
		Relevant: func(path string) bool { return path == "net/http" || path == "github.com/valyala/fasthttp" },
		Lean:     []*analysis.Analyzer{ctrlflow.Analyzer},
		LeanStd:  func(path string) bool { return stdNoReturn[path] },
	}), true
}

// stdNoReturn are the standard library packages with functions ctrlflow
// finds never return (log.Fatal, os.Exit, testing's FailNow): those not
// importing net/http are vetted for ctrlflow's facts alone, the rest of
// the standard library not at all. TestStdNoReturn recomputes the list
// for the Go in use; a function a later Go adds elsewhere would be taken
// to return, under the vet engine only.
var stdNoReturn = map[string]bool{
	"crypto/ecdsa":                     true,
	"crypto/internal/boring":           true,
	"crypto/internal/constanttime":     true,
	"crypto/rsa":                       true,
	"encoding/gob":                     true,
	"encoding/json":                    true,
	"fmt":                              true,
	"go/internal/gccgoimporter":        true,
	"go/internal/gcimporter":           true,
	"go/types":                         true,
	"internal/dag":                     true,
	"internal/pkgbits":                 true,
	"internal/runtime/atomic":          true,
	"internal/runtime/gc/internal/gen": true,
	"log":                              true,
	"log/slog/internal/benchmarks":     true,
	"math":                             true,
	"math/big/internal/asmgen":         true,
	"math/rand":                        true,
	"net":                              true,
	"os":                               true,
	"os/signal":                        true,
	"reflect":                          true,
	"runtime":                          true,
	"syscall":                          true,
	"testing":                          true,
	"text/template":                    true,
	"text/template/parse":              true,
	"vendor/golang.org/x/sys/cpu":      true,
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
