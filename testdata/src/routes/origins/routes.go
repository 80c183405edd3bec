// Package origins: the inventory names the server's own failures "server"
// where every error of the path comes from a call that fails by the
// server's fault, given nothing of the request; elsewhere it stays
// unknown. Nothing found by a lookup is "not_found", unless the lookup is
// of who is asking: then nobody signed in ("auth"); a cache miss is no
// failure at all.
package origins

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
)

type server struct {
	db   *sql.DB
	page *template.Template
	conf map[string]string
}

func (s *server) Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /config", s.config)
	mux.HandleFunc("GET /page", s.render)
	mux.HandleFunc("POST /tx", s.tx)
	mux.HandleFunc("POST /echo", s.echo)
	mux.HandleFunc("GET /rows", s.rows)
	mux.HandleFunc("GET /either", s.either)
	mux.HandleFunc("GET /search", s.search)
	mux.HandleFunc("GET /item", s.item)
	mux.HandleFunc("GET /wrapped", s.wrapped)
	mux.HandleFunc("GET /avatar", s.avatar)
	mux.HandleFunc("GET /feed", s.feed)
	return mux
}

// config encodes the server's own values: a failure is the server's.
func (s *server) config(w http.ResponseWriter, r *http.Request) {
	b, err := json.Marshal(s.conf)
	if err != nil {
		http.Error(w, "encoding failed", http.StatusInternalServerError)
		return
	}
	w.Write(b)
}

// render executes a template with no request data.
func (s *server) render(w http.ResponseWriter, r *http.Request) {
	if err := s.page.Execute(w, s.conf); err != nil {
		http.Error(w, "template failed", http.StatusInternalServerError)
	}
}

// tx cannot begin a transaction: the database's failure.
func (s *server) tx(w http.ResponseWriter, r *http.Request) {
	tx, err := s.db.BeginTx(r.Context(), nil)
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	defer tx.Rollback()
	w.WriteHeader(http.StatusNoContent)
}

// echo encodes what the client sent: the client may be why it fails.
func (s *server) echo(w http.ResponseWriter, r *http.Request) {
	var v map[string]any
	json.NewDecoder(r.Body).Decode(&v)
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "encoding failed", http.StatusInternalServerError)
		return
	}
	w.Write(b)
}

// rows: a query may fail for what it asks; not in the table.
func (s *server) rows(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT 1")
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	rows.Close()
}

// either: one definition is the server's, the other is not known.
func (s *server) either(w http.ResponseWriter, r *http.Request) {
	_, err := s.db.Begin()
	if r.URL.Query().Get("q") != "" {
		_, err = s.db.Exec("DELETE FROM t")
	}
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// search executes a template with what the client asked for.
func (s *server) search(w http.ResponseWriter, r *http.Request) {
	if err := s.page.Execute(w, r.URL.Query().Get("q")); err != nil {
		http.Error(w, "template failed", http.StatusInternalServerError)
	}
}

// item: a known sentinel says not found, whatever the call.
func (s *server) item(w http.ResponseWriter, r *http.Request) {
	err := s.db.QueryRow("SELECT 1").Scan()
	if errors.Is(err, sql.ErrNoRows) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// wrapped: the error reaching the test is a wrap, not the call's.
func (s *server) wrapped(w http.ResponseWriter, r *http.Request) {
	_, err := json.Marshal(s.conf)
	if err != nil {
		err = fmt.Errorf("config: %w", err)
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

type user struct{ Avatar []byte }

func (s *server) currentUser(r *http.Request) *user { return nil }

func (s *server) findUser(name string) *user { return nil }

// avatar: no current user is a request without credentials (auth); no
// user by that name is a missing resource (not_found).
func (s *server) avatar(w http.ResponseWriter, r *http.Request) {
	viewer := s.currentUser(r)
	if viewer == nil {
		http.Error(w, "sign in", http.StatusUnauthorized)
		return
	}
	u := s.findUser(r.URL.Query().Get("name"))
	if u == nil {
		http.Error(w, "no such user", http.StatusNotFound)
		return
	}
	w.Write(u.Avatar)
}

func (s *server) getFromCache(key string) []byte { return nil }

// feed: the page computed after a cache miss is a success, like the one
// served from the cache.
func (s *server) feed(w http.ResponseWriter, r *http.Request) {
	if cached := s.getFromCache("feed"); cached != nil {
		w.Write(cached)
		return
	}
	w.WriteHeader(http.StatusOK)
}
