// Package nethttp registers handlers on a ServeMux: method patterns, a
// pattern for every method, a handler converted, a constructor returning
// a literal, statuses written by a helper in another package, and handler
// variables: one initialized with a wrapper around a literal, which runs
// that literal, and one whose value the package cannot see; a status read
// from a field inside a switch on that field is the case's.
package nethttp

import (
	"encoding/json"
	"errors"
	"net/http"

	"example.com/respond"
)

func Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", getItem)
	mux.HandleFunc("POST /items", createItem)
	mux.Handle("DELETE /items/{id}", http.HandlerFunc(deleteItem))
	mux.Handle("/files/{path...}", files())
	mux.HandleFunc("GET /{$}", home)
	mux.HandleFunc("GET /admin/users", listUsers)
	mux.HandleFunc("GET /plugin", plugin)
	mux.HandleFunc("GET /account", account)
	mux.HandleFunc("GET /retry", retry)
	mux.HandleFunc("POST /heartbeats", heartbeats)
	return mux
}

func getItem(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "" {
		respond.Error(w, http.StatusNotFound, "no such item")
		return
	}
	respond.JSON(w, http.StatusOK, map[string]string{"id": r.PathValue("id")})
}

type item struct{ Name string }

func createItem(w http.ResponseWriter, r *http.Request) {
	var it item
	if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(it)
}

func deleteItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

func files() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("file"))
	})
}

func home(w http.ResponseWriter, r *http.Request) {
	respond.Unauthorized(w)
}

// withAdmin runs h for admins only.
func withAdmin(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Admin") == "" {
			http.Error(w, "admins only", http.StatusForbidden)
			return
		}
		h(w, r)
	}
}

var listUsers = withAdmin(func(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusPartialContent)
})

// plugin is whatever the plugin loaded at start-up registers.
var plugin http.HandlerFunc

func SetPlugin(h http.HandlerFunc) { plugin = h }

type session struct{ Status int }

func current(r *http.Request) *session { return &session{} }

// abort writes the session's status when it is not valid: in each case,
// the field is the case's constant.
func (s *session) abort(w http.ResponseWriter) bool {
	if s.Status == 0 {
		return false
	}
	switch s.Status {
	case http.StatusUnauthorized, http.StatusForbidden:
		http.Error(w, "denied", s.Status)
	case http.StatusTooManyRequests:
		http.Error(w, "slow down", s.Status)
	default:
		http.Error(w, "error", http.StatusInternalServerError)
	}
	return true
}

func account(w http.ResponseWriter, r *http.Request) {
	if current(r).abort(w) {
		return
	}
	w.Write([]byte("account"))
}

// retry changes the field it switched on: what it writes is not known.
func retry(w http.ResponseWriter, r *http.Request) {
	s := current(r)
	switch s.Status {
	case http.StatusTooManyRequests:
		s.Status = http.StatusServiceUnavailable
		http.Error(w, "later", s.Status)
		return
	}
	w.Write([]byte("ok"))
}

// checkUser writes 401 and a body when it returns an error.
func checkUser(w http.ResponseWriter, r *http.Request) (*session, error) {
	s := current(r)
	if s.Status != 0 {
		w.WriteHeader(http.StatusUnauthorized)
		w.Write([]byte("unauthorized"))
		return nil, errors.New("unauthorized")
	}
	return s, nil
}

// After checkUser, each write has its own status: the 400's body and the
// 201's are not sent with an implicit 200 (the 200 checkUser's body went
// with on its path has gone already); the last body, with no status
// before it, is.
func heartbeats(w http.ResponseWriter, r *http.Request) {
	if _, err := checkUser(w, r); err != nil {
		return
	}
	if r.ContentLength == 0 {
		w.WriteHeader(http.StatusBadRequest)
		w.Write([]byte("no heartbeats"))
		return
	}
	if r.URL.Query().Has("created") {
		w.WriteHeader(http.StatusCreated)
		w.Write([]byte("created"))
		return
	}
	w.Write([]byte("nothing new"))
}
