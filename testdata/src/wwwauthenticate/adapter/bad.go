// Package adapter: handlers return errors that carry their status, and
// the adapters they are registered through hand those errors to a writer
// helper; a 401 that helper sends without a challenge is reported once,
// at the first return, with the others as related places.
package adapter

import (
	"log"
	"net/http"

	"github.com/gorilla/mux"
	"github.com/writeas/impart"
)

type app struct{ debug bool }

type handlerFunc func(a *app, w http.ResponseWriter, r *http.Request) error

type server struct{ a *app }

var errNoToken = impart.HTTPError{http.StatusUnauthorized, "token required"}

// api runs the handler in a literal it calls at once, recovering a panic
// there, and hands what it returns to sendErr.
func (s *server) api(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.sendErr(w, func() error {
			defer func() {
				if p := recover(); p != nil {
					impart.WriteError(w, impart.HTTPError{Status: http.StatusInternalServerError})
				}
			}()
			w.Header().Set("Cache-Control", "no-store")
			err := f(s.a, w, r)
			if err != nil && s.a.debug {
				log.Print(err)
			}
			return err
		}())
	}
}

// public passes its handler on to api.
func (s *server) public(f handlerFunc) http.HandlerFunc {
	return s.api(f)
}

// plain hands the handler's error to sendErr when there is one.
func (s *server) plain(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := f(s.a, w, r); err != nil {
			s.sendErr(w, err)
		}
	}
}

// sendErr writes the status an impart.HTTPError carries, 500 for others.
func (s *server) sendErr(w http.ResponseWriter, err error) {
	if err == nil {
		return
	}
	if e, ok := err.(impart.HTTPError); ok {
		impart.WriteError(w, e)
		return
	}
	impart.WriteError(w, impart.HTTPError{http.StatusInternalServerError, "internal"})
}

func routes(s *server, m *mux.Router) {
	m.HandleFunc("/me", s.api(me)).Methods("GET")
	m.HandleFunc("/feed", s.public(feed)).Methods("GET")
	m.HandleFunc("/keys", s.plain(keys)).Methods("POST")
	m.HandleFunc("/billing", s.logged(billing)).Methods("GET")
	m.HandleFunc("/team", s.member(team)).Methods("GET")
	m.HandleFunc("/export", export).Methods("GET")
}

// logged notes a 401 but still writes it.
func (s *server) logged(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := f(s.a, w, r); err != nil {
			s.sendLogged(w, err)
		}
	}
}

func (s *server) sendLogged(w http.ResponseWriter, err error) {
	e, ok := err.(impart.HTTPError)
	if !ok {
		e = impart.HTTPError{Status: http.StatusInternalServerError}
	}
	if e.Status == http.StatusUnauthorized {
		log.Print("unauthorized")
	}
	impart.WriteError(w, e)
}

// member answers 403 with the sign-in page, and writes a 401 as it is.
func (s *server) member(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := f(s.a, w, r); err != nil {
			s.sendMember(w, r, err)
		}
	}
}

func (s *server) sendMember(w http.ResponseWriter, r *http.Request, err error) {
	if e, ok := err.(impart.HTTPError); ok {
		if e.Status == http.StatusForbidden {
			http.Redirect(w, r, "/signin", http.StatusSeeOther)
			return
		}
		w.WriteHeader(e.Status)
	}
}

// sendStatus answers a 404 with the home page, and writes a 401 as it is.
func (s *server) sendStatus(w http.ResponseWriter, r *http.Request, code int) {
	if code == http.StatusNotFound {
		http.Redirect(w, r, "/", http.StatusFound)
		return
	}
	w.WriteHeader(code)
}

func me(a *app, w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		return errNoToken // want `401 response without WWW-Authenticate header: sendErr writes the status its error carries and never sets WWW-Authenticate; set it there when the status is 401, e\.g\. w\.Header\(\)\.Set\("WWW-Authenticate", "Bearer"\) \(and 2 more through the same writer\)`
	}
	return impart.WriteSuccess(w, "me", http.StatusOK)
}

func feed(a *app, w http.ResponseWriter, r *http.Request) error {
	if r.URL.Query().Get("key") == "" {
		return impart.HTTPError{http.StatusUnauthorized, "key required"}
	}
	return impart.WriteSuccess(w, []string{}, http.StatusOK)
}

func keys(a *app, w http.ResponseWriter, r *http.Request) error {
	if _, _, ok := r.BasicAuth(); !ok {
		return impart.HTTPError{Status: http.StatusUnauthorized, Message: "log in"}
	}
	return impart.WriteSuccess(w, nil, http.StatusCreated)
}

func billing(a *app, w http.ResponseWriter, r *http.Request) error {
	if _, err := r.Cookie("session"); err != nil {
		return impart.HTTPError{http.StatusUnauthorized, "sign in"} // want `401 response without WWW-Authenticate header: sendLogged writes the status its error carries and never sets WWW-Authenticate`
	}
	return nil
}

func team(a *app, w http.ResponseWriter, r *http.Request) error {
	if _, err := r.Cookie("session"); err != nil {
		return impart.HTTPError{http.StatusUnauthorized, "sign in"} // want `401 response without WWW-Authenticate header`
	}
	return nil
}

func export(w http.ResponseWriter, r *http.Request) {
	s := &server{}
	if _, err := r.Cookie("session"); err != nil {
		s.sendStatus(w, r, http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
		return
	}
	w.Write([]byte("export"))
}
