// Package analyzer is the statuslint suite: the list of analyzers every
// driver runs (the statuslint command, go vet -vettool, golangci-lint).
package analyzer

import (
	"github.com/statuslint/statuslint/passes/allowheader"
	"github.com/statuslint/statuslint/passes/badrequest"
	"github.com/statuslint/statuslint/passes/clienterror"
	"github.com/statuslint/statuslint/passes/successonerror"
	"github.com/statuslint/statuslint/passes/wwwauthenticate"
	"golang.org/x/tools/go/analysis"
)

// Analyzers is the suite, in the order the rules are documented. The
// response model (passes/response) is not listed: it reports nothing, and
// every check requires it, so every driver runs it once per package.
var Analyzers = []*analysis.Analyzer{
	successonerror.Analyzer,
	clienterror.Analyzer,
	badrequest.Analyzer,
	allowheader.Analyzer,
	wwwauthenticate.Analyzer,
}
