// Package directive defines an Analyzer that reads statuslint's
// suppression comments and reports the malformed ones.
//
// # Analyzer directive
//
// directive: report //statuslint:ignore comments without a reason or rule
//
// A finding that is wrong for a reason the analysis cannot see is
// silenced with a comment on its line or on the line above it:
//
//	//statuslint:ignore lateheader the proxy in front re-adds Cache-Control
//	w.Header().Set("Cache-Control", "no-store")
//
// The comment names one or more rules, separated by commas without
// spaces, then says why. It silences only those rules, only on the line it
// is on (as a trailing comment) or on the next line (on a line of its own).
// The comment is honoured inside every analyzer, so it works the same
// under statuslint, go vet -vettool, golangci-lint and nogo.
//
// The reason is required: a suppression nobody can explain is a bug
// hidden, not a decision. This rule reports
//
//   - a directive without a reason: //statuslint:ignore lateheader
//     reports: //statuslint:ignore needs a reason after the rule names,
//     e.g. //statuslint:ignore lateheader the proxy sets it
//   - a directive naming no rule or a rule statuslint does not have
//     (a typo would otherwise silence nothing, quietly)
//
// and each rule reports a directive naming it that silences none of its
// findings: the code was fixed, or the directive sits on the wrong line.
// A directive without a reason silences nothing.
//
// Under golangci-lint, whose own //nolint:statuslint works too, every
// rule is reported under the linter name statuslint; //statuslint:ignore
// keeps the per-rule precision there. golangci-lint reads any comment
// starting with //nolint:all as //nolint:all, so //nolint:allowheader
// (methodallow's old name) silences every linter on its lines without a
// word; no rule's name starts with "all" now, and this rule reports such
// a comment (golangci-lint itself hides the report, which is on such a
// line: statuslint and go vet show it):
//
//	reports: golangci-lint reads //nolint:allowheader as //nolint:all and
//	silences every linter here; write //statuslint:ignore methodallow
//	REASON, or //nolint:statuslint
//
// A directive may name a rule by its old name (allowheader), as flags,
// .statuslint.yml and baselines may.
package directive
