package nethttp

import (
	"net/http"

	"example.com/callback"
)

func direct(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. w.Header\(\).Set\("WWW-Authenticate", "Bearer"\)`
		return
	}
}

func writeHeader(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(401) // want `401 response without WWW-Authenticate header`
}

// Set in one branch only: not on every path.
func oneBranch(rw http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("basic") {
		rw.Header().Set("WWW-Authenticate", "Basic")
	}
	rw.WriteHeader(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. rw.Header\(\)`
}

// The status kept in a variable.
func viaVariable(w http.ResponseWriter, r *http.Request) {
	status := http.StatusOK
	if r.Header.Get("Authorization") == "" {
		status = http.StatusUnauthorized
	}
	w.WriteHeader(status) // want `401 response without WWW-Authenticate header`
}

// Removed again before the write.
func deleted(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", "Bearer")
	w.Header().Del("Www-Authenticate")
	w.WriteHeader(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
}

// A helper of this package that writes a 401 on its own is reported inside it.
func unauthorized(w http.ResponseWriter) {
	http.Error(w, "unauthorized", http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
}

type server struct{}

// The same handler as a method, as a closure from a constructor, and as a
// Go 1.22 pattern registration: same results.
func (s *server) method(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "unauthorized", http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
}

func constructor() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "unauthorized", http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
	}
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /items", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "unauthorized", http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
	})
}

// A logging wrapper around the writer is the same response.
type loggingWriter struct {
	http.ResponseWriter
	status int
}

func (lw *loggingWriter) WriteHeader(code int) {
	lw.status = code
	lw.ResponseWriter.WriteHeader(code)
}

func resetPassword(w http.ResponseWriter, r *http.Request) {
	lw := &loggingWriter{ResponseWriter: w}
	if r.FormValue("token") == "" {
		http.Error(lw, "the reset link has expired", http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
		return
	}
}

// The helper hands its response to the literal it runs, as it was at the
// call: nothing set the challenge.
func adminInCallback(w http.ResponseWriter, r *http.Request) {
	callback.RequireAdmin(w, r, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("token") == "" {
			w.WriteHeader(http.StatusUnauthorized) // want `^401 response without WWW-Authenticate header`
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
}
