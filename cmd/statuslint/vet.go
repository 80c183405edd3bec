package main

import (
	"fmt"
	"os"
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
