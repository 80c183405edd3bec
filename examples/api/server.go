// Package api is the HTTP layer of the demo API. It contains deliberate
// status-code mistakes, each marked "// statuslint: ...", next to handlers
// that get the same thing right; the statuslint e2e test runs on it.
package api

import (
	"net/http"

	"github.com/statuslint/statuslint/examples/store"
)

// Server serves the item and user endpoints.
type Server struct {
	store *store.Store
	token string // bearer token required for writes
}

// New returns a Server backed by st that accepts token for writes.
func New(st *store.Store, token string) *Server {
	return &Server{store: st, token: token}
}

// Routes returns the API's handler.
func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items", s.listItems)
	mux.HandleFunc("POST /items", s.createItem)
	mux.HandleFunc("GET /items/{id}", s.getItem)
	mux.HandleFunc("DELETE /items/{id}", s.deleteItem)
	mux.HandleFunc("POST /users", NewCreateUser(s.store))
	// Registered without a method: the handlers check r.Method themselves.
	mux.Handle("/admin/reindex", Reindex(s.store))
	mux.HandleFunc("/healthz", Health)
	return mux
}

// authorized reports whether r carries the server's bearer token.
func (s *Server) authorized(r *http.Request) bool {
	return s.token != "" && r.Header.Get("Authorization") == "Bearer "+s.token
}
