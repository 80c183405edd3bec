package helpers

import (
	"net/http"

	"example.com/auth"
	"example.com/respond"
)

// A helper in another package sets Allow before the 405: silent.
func viaAllowHelper(w http.ResponseWriter, r *http.Request) {
	auth.Allow(w, "GET, HEAD")
	respond.Error(w, http.StatusMethodNotAllowed, "method not allowed")
}

// The error helper never sets Allow: reported at the call that chose 405.
func viaErrorHelper(w http.ResponseWriter, r *http.Request) {
	respond.Error(w, http.StatusMethodNotAllowed, "method not allowed") // want `405 response without Allow header`
}

// Handed to a handler the model cannot see first.
func viaProxy(w http.ResponseWriter, r *http.Request, h http.Handler) {
	respond.Proxy(w, r, h)
	w.WriteHeader(http.StatusMethodNotAllowed)
}

func methodNotAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
	w.WriteHeader(http.StatusMethodNotAllowed)
}

// A local helper that does both.
func viaLocal(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		methodNotAllowed(w, "GET")
		return
	}
}
