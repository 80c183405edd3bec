// Command statuslint reports HTTP status-code mistakes in Go handlers.
//
// Usage:
//
//	statuslint [flags] packages...
//	go vet -vettool=$(which statuslint) packages...
//
// It exits 0 when there is nothing to report, 3 when there are findings
// (1 under go vet), and 1 when packages cannot be loaded.
package main

import (
	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis/multichecker"
)

func main() { multichecker.Main(analyzer.Analyzers...) }
