// Command statuslint reports HTTP status-code mistakes in Go handlers.
//
// Usage:
//
//	statuslint [flags] packages...
//	go vet -vettool=$(which statuslint) packages...
//
// Exit status: 0 when there is nothing to report, 3 when there are
// findings, 1 when the run failed (packages that cannot be loaded, an
// analyzer error), 2 for a bad command line. Under go vet, findings exit 1.
// The standalone exit status is the same in every -format.
package main

import (
	"os"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis/unitchecker"
)

func main() {
	if vetInvocation(os.Args[1:]) {
		// go vet's handshake (-V=full, -flags) and its per-package
		// *.cfg runs: package unit runs those, the stock unit checker
		// answers the rest (-flags, help, -fix).
		if vetMain(os.Args[1:]) {
			os.Exit(0)
		}
		if code, ok := vetUnit(os.Args[1:]); ok {
			os.Exit(code)
		}
		unitchecker.Main(analyzer.Analyzers...)
	}
	// The go command can run this binary as its vet tool: -engine=vet.
	selfBinary, _ = os.Executable()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// vetInvocation reports whether the go command is running statuslint as a
// vet tool: it asks for the version or the flags, or passes a config file.
func vetInvocation(args []string) bool {
	for _, a := range args {
		if a == "-flags" || a == "--flags" || strings.HasPrefix(a, "-V") || strings.HasPrefix(a, "--V") {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}
