package main

import (
	"fmt"
	"io"
)

// help is "statuslint help [RULE]": the usage and the rules, or a rule's
// documentation. go vet's usage tells users to run "statuslint help".
func help(args []string, stdout, stderr io.Writer) int {
	switch len(args) {
	case 0:
		parseFlags([]string{"-help"}, stdout) // prints the usage
		fmt.Fprintln(stdout, "\nRules (statuslint help RULE documents one):")
		list(stdout)
		return exitClean
	case 1:
		return explain(stdout, stderr, args[0])
	}
	fmt.Fprintln(stderr, "statuslint: help takes at most one rule; statuslint -list shows them")
	return exitUsage
}
