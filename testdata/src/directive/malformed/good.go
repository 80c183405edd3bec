package malformed

import "net/http"

// Well-formed directives: the directive rule has nothing to say, whatever
// the rules they name decide.
func wellFormed(w http.ResponseWriter, r *http.Request) {
	//statuslint:ignore wwwauthenticate the gateway in front adds the challenge
	w.WriteHeader(http.StatusUnauthorized)
	w.WriteHeader(http.StatusUnauthorized) //statuslint:ignore wwwauthenticate,superfluouswrite a test double that provokes it
	//statuslint:ignore wwwauthenticate // golangci-lint's reason style
	//statuslint:ignore wwwauthenticate -- gosec's reason style
}

// Look-alikes that are not directives.
func lookAlikes(w http.ResponseWriter, r *http.Request) {
	//statuslint:ignored is another word
	/* //statuslint:ignore in a block comment is prose */
	// statuslint:ignore with a space is prose too
	w.Header().Set("X-Note", "//statuslint:ignore in a string")
}

// nolint comments golangci-lint reads as they say.
func nolints(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusUnauthorized) //nolint:all // a test double
	w.WriteHeader(http.StatusUnauthorized) //nolint:statuslint,all // a test double
	w.WriteHeader(http.StatusUnauthorized) //nolint:errcheck
}
