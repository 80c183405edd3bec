package nethttp

import "net/http"

// A directive for another rule silences nothing of this one.
func otherRule(w http.ResponseWriter, r *http.Request) {
	//statuslint:ignore allowheader the router sets it
	w.WriteHeader(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
}

// Two lines above the finding: too far, so the finding stands and the
// directive is reported as silencing nothing.
func tooFar(w http.ResponseWriter, r *http.Request) {
	/* want `//statuslint:ignore wwwauthenticate silences no wwwauthenticate finding here; remove it, or move it onto or above the line reported` */ //statuslint:ignore wwwauthenticate the gateway adds it

	w.WriteHeader(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
}

// The code was fixed; the directive stayed.
func stale(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", "Bearer")
	w.WriteHeader(http.StatusUnauthorized) /* want `silences no wwwauthenticate finding here` */ //statuslint:ignore wwwauthenticate the gateway adds it
}

// Without a reason a directive silences nothing (the directive rule
// reports the directive itself).
func noReason(w http.ResponseWriter, r *http.Request) {
	//statuslint:ignore wwwauthenticate
	w.WriteHeader(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
}

// A trailing directive covers its own line, not the next one.
func trailingCoversItsLine(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-A", "1") /* want `silences no wwwauthenticate finding here` */ //statuslint:ignore wwwauthenticate meant for the next line
	w.WriteHeader(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
}
