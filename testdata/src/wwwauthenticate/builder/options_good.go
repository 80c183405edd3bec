package builder

import (
	"net/http"

	"example.com/withopts"
)

// The option that sets 401 adds the challenge.
func apiKey2(w http.ResponseWriter, r *http.Request) {
	if err := keyOf(r); err != nil {
		withopts.With(w, withopts.Challenge("api"), withopts.Body("log in"))
		return
	}
}

// The challenge as a header option.
func apiKey3(w http.ResponseWriter, r *http.Request) {
	if err := keyOf(r); err != nil {
		withopts.With(w, withopts.Header("WWW-Authenticate", "Bearer"), withopts.Status(http.StatusUnauthorized))
		return
	}
}

// Headers from elsewhere may hold it.
func apiKey4(w http.ResponseWriter, r *http.Request, h http.Header) {
	if err := keyOf(r); err != nil {
		withopts.With(w, withopts.Headers(h), withopts.Status(http.StatusUnauthorized))
		return
	}
}

// A later option sets another status.
func apiKey5(w http.ResponseWriter, r *http.Request) {
	if err := keyOf(r); err != nil {
		withopts.With(w, withopts.Status(http.StatusUnauthorized), withopts.NotFound())
		return
	}
}

// Options the model cannot see.
func apiKey6(w http.ResponseWriter, r *http.Request, opts []withopts.Option) {
	if err := keyOf(r); err != nil {
		withopts.With(w, append(opts, withopts.Status(http.StatusUnauthorized))...)
		return
	}
}
