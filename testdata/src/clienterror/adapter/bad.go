// Package adapter: handlers registered through adapters that hand their
// errors to a writer helper; the status a client's bad input goes out
// with is the helper's, at the handler's return.
package adapter

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/gorilla/mux"
	"github.com/writeas/impart"
)

type app struct{}

type handlerFunc func(a *app, w http.ResponseWriter, r *http.Request) error

type server struct{ a *app }

// api hands the error its handler returns, through a literal it calls
// at once, to sendErr.
func (s *server) api(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.sendErr(w, func() error {
			err := f(s.a, w, r)
			return err
		}())
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
	m.HandleFunc("/notes", s.api(createNote)).Methods("POST")
	m.HandleFunc("/notes/{id}", s.api(getNote)).Methods("GET")
}

// The decoder's own error: sendErr's 500.
func createNote(a *app, w http.ResponseWriter, r *http.Request) error {
	var in struct{ Body string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		return err // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(decoding the request body\)`
	}
	return impart.WriteSuccess(w, in, http.StatusCreated)
}

// An error value that carries 500 for a bad path parameter.
func getNote(a *app, w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.Atoi(mux.Vars(r)["id"])
	if err != nil {
		return impart.HTTPError{http.StatusInternalServerError, "bad id"} // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
	}
	return impart.WriteSuccess(w, id, http.StatusOK)
}
