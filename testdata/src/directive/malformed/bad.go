package malformed

import "net/http"

func noReason(w http.ResponseWriter, r *http.Request) {
	/* want `//statuslint:ignore needs a reason after the rule names, e.g. //statuslint:ignore wwwauthenticate the proxy sets it` */ //statuslint:ignore wwwauthenticate
	w.WriteHeader(http.StatusUnauthorized)
}

func emptyReasonAfterSlashes(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusUnauthorized) /* want `needs a reason` */ //statuslint:ignore wwwauthenticate //
}

func noRule(w http.ResponseWriter, r *http.Request) {
	/* want `//statuslint:ignore names no rule; write //statuslint:ignore RULE\[,RULE\] reason` */ //statuslint:ignore
	w.WriteHeader(http.StatusUnauthorized)
}

func typo(w http.ResponseWriter, r *http.Request) {
	/* want `//statuslint:ignore names unknown rule "wwwauthenticat"; rules are successonerror, ` */ //statuslint:ignore wwwauthenticat the proxy adds it
	w.WriteHeader(http.StatusUnauthorized)
}

func oneOfTwoUnknown(w http.ResponseWriter, r *http.Request) {
	/* want `unknown rule "allow"` */ //statuslint:ignore wwwauthenticate,allow the proxy adds them
	w.WriteHeader(http.StatusUnauthorized)
}

// golangci-lint takes any //nolint:all... for //nolint:all.
func nolintAllowheader(w http.ResponseWriter, r *http.Request) {
	/* want `golangci-lint reads //nolint:allowheader as //nolint:all and silences every linter here; write //statuslint:ignore methodallow REASON, or //nolint:statuslint` */ //nolint:allowheader // the router sets Allow
	w.WriteHeader(http.StatusMethodNotAllowed)
}

func nolintAllSomething(w http.ResponseWriter, r *http.Request) {
	/* want `golangci-lint reads //nolint:allfields as //nolint:all and silences every linter here; name a linter, or write //nolint:all` */ //nolint:allfields
	w.WriteHeader(http.StatusUnauthorized)
}
