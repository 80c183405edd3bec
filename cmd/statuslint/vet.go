package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
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

// vetConfigFull returns the arguments with the package's config file
// replaced by one that asks for a full run, where the go command asks a
// -json run for facts only (VetxOnly) about a package of a main module.
//
// The go command's cache key for a package's vet results does not say
// whether it was vetted for facts only, as a dependency, or in full, as a
// package named on the command line: after `go vet ./b`, which vets ./a
// for its facts, `go vet ./...` replays that run for ./a, with no findings.
// A full run costs little more than a facts-only one, and its findings are
// what a later run naming the package needs; the standalone command drops
// the findings of packages it was not asked about. Text output is left
// alone: a run with findings fails there, and the go command caches only
// runs that succeed. Files of other modules (dependencies, std) are never
// reported, so their runs stay facts-only.
func vetConfigFull(args []string) ([]string, error) {
	if len(args) == 0 || !slices.ContainsFunc(args, func(a string) bool { return a == "-json" || a == "--json" || a == "-json=true" }) {
		return args, nil
	}
	name := args[len(args)-1]
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var cfg map[string]any
	if err := json.Unmarshal(data, &cfg); err != nil {
		return nil, fmt.Errorf("cannot decode %s: %v", name, err)
	}
	if cfg["VetxOnly"] != true || cfg["ModulePath"] == "" || cfg["ModulePath"] == nil || (cfg["ModuleVersion"] != "" && cfg["ModuleVersion"] != nil) {
		return args, nil
	}
	cfg["VetxOnly"] = false
	if data, err = json.Marshal(cfg); err != nil {
		return nil, err
	}
	full := strings.TrimSuffix(name, ".cfg") + ".full.cfg"
	if err := os.WriteFile(full, data, 0o666); err != nil {
		return nil, err
	}
	return append(slices.Clone(args[:len(args)-1]), full), nil
}
