// Command floor is the speed floor for statuslint: a no-op analyzer that
// requires only inspect and ctrlflow, the analyzers the statuslint response
// model requires. Timing it against statuslint over the same packages shows
// what the suite itself costs on top of loading, type-checking and building
// control-flow graphs.
//
//	go build -o /tmp/floor ./bench/floor && /tmp/floor net/...
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/singlechecker"
)

var Analyzer = &analysis.Analyzer{
	Name:     "floor",
	Doc:      "no-op analyzer requiring inspect and ctrlflow (statuslint speed floor)",
	Requires: []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer},
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { singlechecker.Main(Analyzer) }
