// Package adapter: handlers return errors that carry their status, and
// the adapters they are registered through hand those errors to a writer:
// each handler's error return is that writer's response.
package adapter

import (
	"encoding/json"
	"net/http"

	"github.com/gorilla/mux"
	"github.com/writeas/impart"
)

type app struct{}

type handlerFunc func(a *app, w http.ResponseWriter, r *http.Request) error

type server struct{ a *app }

var errNoSession = impart.HTTPError{http.StatusUnauthorized, "no session"}

// wrapped runs f in a literal it calls at once and hands what it returns
// to the writer.
func (s *server) wrapped(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.writeErr(w, r, func() error {
			defer func() {
				if e := recover(); e != nil {
					impart.WriteError(w, impart.HTTPError{http.StatusInternalServerError, "panic"})
				}
			}()
			w.Header().Set("Access-Control-Allow-Origin", "*")
			err := f(s.a, w, r)
			return err
		}())
	}
}

// plain hands f's error to the writer.
func (s *server) plain(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := f(s.a, w, r); err != nil {
			s.writeErr(w, r, err)
		}
	}
}

func (s *server) writeErr(w http.ResponseWriter, r *http.Request, err error) {
	if err == nil {
		return
	}
	if e, ok := err.(impart.HTTPError); ok {
		impart.WriteError(w, e)
		return
	}
	impart.WriteError(w, impart.HTTPError{http.StatusInternalServerError, "internal"})
}

// public passes its handler on to wrapped.
func (s *server) public(f handlerFunc) http.HandlerFunc { return s.wrapped(f) }

func routes(s *server) {
	m := mux.NewRouter()
	m.HandleFunc("/a", s.wrapped(decodeA)).Methods("POST")
	m.HandleFunc("/b", s.plain(decodeB)).Methods("POST")
	m.HandleFunc("/c", s.plain(session)).Methods("GET")
	m.HandleFunc("/d", s.public(feed)).Methods("GET")
}

func decodeA(a *app, w http.ResponseWriter, r *http.Request) error {
	var v struct{}
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		return impart.HTTPError{http.StatusInternalServerError, "bad"}
	}
	return impart.WriteSuccess(w, v, http.StatusCreated)
}

func decodeB(a *app, w http.ResponseWriter, r *http.Request) error {
	var v struct{}
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		return err
	}
	return nil
}

func session(a *app, w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Cookie") == "" {
		return errNoSession
	}
	return impart.WriteSuccess(w, "ok", http.StatusOK)
}

func feed(a *app, w http.ResponseWriter, r *http.Request) error {
	if r.URL.Query().Get("page") == "" {
		return impart.HTTPError{Status: http.StatusNotFound}
	}
	return nil
}
