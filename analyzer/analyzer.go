// Package analyzer is the statuslint suite: the list of analyzers every
// driver runs (the statuslint command, go vet -vettool, golangci-lint).
package analyzer

import (
	"github.com/statuslint/statuslint/passes/apidoc"
	"github.com/statuslint/statuslint/passes/badrequest"
	"github.com/statuslint/statuslint/passes/bodylessstatus"
	"github.com/statuslint/statuslint/passes/clienterror"
	"github.com/statuslint/statuslint/passes/createdlocation"
	"github.com/statuslint/statuslint/passes/directive"
	"github.com/statuslint/statuslint/passes/lateheader"
	"github.com/statuslint/statuslint/passes/methodallow"
	"github.com/statuslint/statuslint/passes/missingreturn"
	"github.com/statuslint/statuslint/passes/redirect"
	"github.com/statuslint/statuslint/passes/retryafter"
	"github.com/statuslint/statuslint/passes/statuscode"
	"github.com/statuslint/statuslint/passes/successonerror"
	"github.com/statuslint/statuslint/passes/superfluouswrite"
	"github.com/statuslint/statuslint/passes/wwwauthenticate"
	"golang.org/x/tools/go/analysis"
)

// Analyzers is the suite, in the order the rules are documented. The
// response model (passes/response) is not listed: it reports nothing, and
// every check requires it, so every driver runs it once per package.
//
// createdlocation and retryafter are in the suite but do nothing unless
// their -NAME.enable flag is set: whether a 201 needs Location or a 429
// needs Retry-After is a team's API convention, not a bug everywhere.
var Analyzers = []*analysis.Analyzer{
	// The five rules users asked for first.
	successonerror.Analyzer,
	clienterror.Analyzer,
	badrequest.Analyzer,
	methodallow.Analyzer,
	wwwauthenticate.Analyzer,

	// The handler lifecycle.
	missingreturn.Analyzer,
	lateheader.Analyzer,
	superfluouswrite.Analyzer,
	bodylessstatus.Analyzer,
	redirect.Analyzer,
	statuscode.Analyzer,
	createdlocation.Analyzer,
	retryafter.Analyzer,

	// Where the API documentation comments (swag, go-swagger) omit a
	// status the handler sends. Silent in code without them.
	apidoc.Analyzer,

	// Malformed //statuslint:ignore comments. The directives themselves
	// are honoured by every check through passes/internal/funnel.
	directive.Analyzer,
}

// OnByDefault reports whether a reports anything without flags. The opt-in
// rules say so by an -enable flag whose default is false; every driver
// (the command's -list, SARIF, the golangci-lint plugin) asks here.
func OnByDefault(a *analysis.Analyzer) bool {
	f := a.Flags.Lookup("enable")
	return f == nil || f.DefValue != "false"
}
