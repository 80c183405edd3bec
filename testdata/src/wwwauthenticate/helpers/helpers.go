package helpers

import (
	"net/http"

	"example.com/auth"
	"example.com/respond"
)

// Fixture 1: the helper never sets the header: reported at the call.
func viaErrorHelper(w http.ResponseWriter, r *http.Request) {
	respond.Error(w, http.StatusUnauthorized, "x") // want `401 response without WWW-Authenticate header`
}

// The status reaches the helper through a variable.
func viaErrorHelperVar(w http.ResponseWriter, r *http.Request) {
	code := http.StatusUnauthorized
	respond.JSON(w, code, nil) // want `401 response without WWW-Authenticate header`
}

// Fixture 1, negative: the helper sets it when the status is 401.
func viaAuthErrorHelper(w http.ResponseWriter, r *http.Request) {
	respond.AuthError(w, http.StatusUnauthorized, "x")
}

// Fixture 2: a helper sets the header, then the handler writes 401 itself.
func requireAuthThenWrite(w http.ResponseWriter, r *http.Request) {
	auth.Challenge(w)
	w.WriteHeader(http.StatusUnauthorized)
}

// A helper that writes 401 with the challenge: nothing to report anywhere.
func rejected(w http.ResponseWriter, r *http.Request) {
	auth.Reject(w)
}

// A helper that writes 401 on its own is reported inside the helper, not at
// each call.
func viaUnauthorized(w http.ResponseWriter, r *http.Request) {
	respond.Unauthorized(w)
}

// A local helper that sets the header counts too.
func challenge(w http.ResponseWriter) {
	w.Header().Set("WWW-Authenticate", "Bearer")
}

func viaLocalHelper(w http.ResponseWriter, r *http.Request) {
	challenge(w)
	http.Error(w, "unauthorized", http.StatusUnauthorized)
}

// The helper is called in one branch only.
func helperOneBranch(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("x") {
		challenge(w)
	}
	http.Error(w, "unauthorized", http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
}
