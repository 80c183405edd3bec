// Package accounts serves users and sessions on the standard library's
// ServeMux. Most handlers are httpx.Handler funcs that return their error;
// the v2 API (strict.go) follows oapi-codegen's strict-server shape.
package accounts

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"

	"example.com/seeded/internal/auth"
	"example.com/seeded/internal/httpx"
	"example.com/seeded/internal/store"
)

type Server struct {
	db     *store.DB
	tokens *auth.Tokens
	cdn    string
}

func New(db *store.DB, tokens *auth.Tokens, cdn string) *Server {
	return &Server{db: db, tokens: tokens, cdn: cdn}
}

func (s *Server) Routes(mux *http.ServeMux) {
	mux.Handle("POST /v1/users", httpx.Handler(s.createUser))
	mux.Handle("GET /v1/users/{id}", httpx.Handler(s.getUser))
	mux.Handle("/v1/users/{id}/avatar", httpx.Handler(s.avatar))
	mux.Handle("/v1/users/{id}/email", httpx.Handler(s.email))
	mux.Handle("POST /v1/users/{id}/keys", httpx.Handler(s.createKey))
	mux.Handle("DELETE /v1/users/{id}/keys/{key}", httpx.Handler(s.deleteKey))
	mux.Handle("GET /v1/users/{id}/keys", httpx.Handler(s.listKeys))
	mux.HandleFunc("POST /v1/sessions", s.login)
	mux.HandleFunc("DELETE /v1/sessions/current", s.logout)
	mux.HandleFunc("GET /v1/sessions/current", s.session)
	mux.HandleFunc("GET /v1/me", s.me)
	mux.HandleFunc("POST /v1/password-reset", s.resetPassword)
	mux.HandleFunc("/v1/export", s.export)
	mux.Handle("/v2/", http.StripPrefix("/v2", s.strictRoutes(strictImpl{db: s.db})))
}

func hash(password string) string {
	sum := sha256.Sum256([]byte(password))
	return hex.EncodeToString(sum[:])
}

func checkPassword(u *store.User, password string) bool {
	return u != nil && u.PasswordHash == hash(password)
}
