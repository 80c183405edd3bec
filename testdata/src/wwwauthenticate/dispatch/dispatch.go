// Package dispatch: handlers return errors through wrappers to a
// dispatcher that hands them to one writer; a 401 it writes without a
// challenge is reported once, at the writer.
package dispatch

import (
	"net/http"
)

type httpErr struct {
	Status int
	Msg    string
}

func (e *httpErr) Error() string { return e.Msg }

var (
	errUnauthorized = &httpErr{Status: http.StatusUnauthorized, Msg: "unauthorized"}
	errNotFound     = &httpErr{Status: http.StatusNotFound, Msg: "not found"}
)

type handleFunc func(w http.ResponseWriter, r *http.Request) error

type server struct{ admin bool }

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := s.route(w, r); err != nil {
		s.fail(w, err)
	}
}

func (s *server) fail(w http.ResponseWriter, err error) {
	e, ok := err.(*httpErr)
	if !ok {
		e = &httpErr{Status: http.StatusInternalServerError, Msg: "internal"}
	}
	w.WriteHeader(e.Status)
}

func (s *server) route(w http.ResponseWriter, r *http.Request) error {
	switch r.URL.Path {
	case "/admin":
		return s.ensureAdmin(s.withLog(s.handleAdmin))(w, r)
	case "/me":
		return s.handleMe(w, r)
	}
	return errNotFound
}

func (s *server) ensureAdmin(next handleFunc) handleFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if !s.admin {
			return errUnauthorized // want `401 response without WWW-Authenticate header: fail writes the status its error carries and never sets WWW-Authenticate.* \(and 1 more through the same writer\)`
		}
		return next(w, r)
	}
}

func (s *server) withLog(next handleFunc) handleFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		return next(w, r)
	}
}

func (s *server) handleAdmin(w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("X-Admin-Token") == "" {
		return errUnauthorized
	}
	return nil
}

func (s *server) handleMe(w http.ResponseWriter, r *http.Request) error {
	return errNotFound
}
