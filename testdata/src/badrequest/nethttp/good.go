package nethttp

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"

	"example.com/store"
)

// 400 for malformed input is right.
func malformed(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if _, err := strconv.Atoi(r.PathValue("id")); err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
}

// 409 and 422 where they fit.
func right(w http.ResponseWriter, r *http.Request, db *store.DB) {
	var req createRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := validate.Struct(req); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	switch err := db.Create(r.Context(), &store.Item{}); {
	case errors.Is(err, store.ErrDuplicate):
		http.Error(w, "email taken", http.StatusConflict)
	case errors.Is(err, store.ErrNotFound):
		http.Error(w, "not found", http.StatusNotFound)
	}
}

// A 400 for an error the model cannot trace.
func untraced(w http.ResponseWriter, r *http.Request, check func() error) {
	if err := check(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
}

// A message that is not about a conflict.
func message(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("name") == "" {
		http.Error(w, "name is required", http.StatusBadRequest)
	}
}

// "already exists" with a status that is not 400.
func existsRight(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if existing := db.Find(r.Context(), r.FormValue("email")); existing != nil {
		http.Error(w, "user already exists", http.StatusConflict)
	}
}

// The duplicate is checked, but the 400 is for a different, later error.
func laterError(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if err := db.Create(r.Context(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
		http.Error(w, "taken", http.StatusConflict)
		return
	}
	if _, err := strconv.Atoi(r.FormValue("n")); err != nil {
		http.Error(w, "bad n", http.StatusBadRequest)
	}
}

var errInvalidUpstreamContentType = errors.New("invalid upstream content type")

func fetchImage(url string) error { return errInvalidUpstreamContentType }

// The upstream sent something invalid: not the client's request.
func proxyImage(w http.ResponseWriter, r *http.Request) {
	if err := fetchImage(r.URL.Query().Get("src")); err != nil {
		if errors.Is(err, errInvalidUpstreamContentType) {
			http.Error(w, "invalid content type", http.StatusBadRequest)
			return
		}
	}
}
