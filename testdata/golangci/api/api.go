// Package api is the fixture .ci/golangci.sh runs the custom golangci-lint
// on. The script names findings by file and line: when you move a line
// here, update the script.
package api

import (
	"encoding/json"
	"net/http"
)

type item struct{ Name string }

func login(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized) // wwwauthenticate
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func create(w http.ResponseWriter, r *http.Request) {
	var it item
	if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // clienterror
		return
	}
	w.Header().Set("Location", "/items/"+it.Name)
	w.WriteHeader(http.StatusCreated)
}

func twice(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.WriteHeader(http.StatusNoContent) // superfluouswrite
}

func missing(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404) // statuscode, with statuscode.literals
}

func limited(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTooManyRequests) // retryafter, with enable: [retryafter]
}

func nolinted(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusUnauthorized) //nolint:statuslint // silenced by golangci-lint
}

func ignored(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusUnauthorized) //statuslint:ignore wwwauthenticate silenced by the analyzers
}

// Right: nothing to report.
func authenticate(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", "Bearer")
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
