package adapter

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"

	"github.com/gorilla/mux"
	"github.com/writeas/impart"
)

var errGone = errors.New("store unavailable")

// parsing hands errors to a writer that answers a JSON syntax error with
// 400 itself.
func (s *server) parsing(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := f(s.a, w, r); err != nil {
			s.sendParsed(w, err)
		}
	}
}

func (s *server) sendParsed(w http.ResponseWriter, err error) {
	status := http.StatusInternalServerError
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		status = http.StatusBadRequest
	}
	w.WriteHeader(status)
}

// page writes a page of its own after the handler for errors it does not
// know: what such an error goes out with is not sendErr's alone.
func (s *server) page(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.sendErr(w, func() error {
			err := f(s.a, w, r)
			if _, ok := err.(impart.HTTPError); err != nil && !ok {
				w.WriteHeader(http.StatusBadRequest)
			}
			return err
		}())
	}
}

func goodRoutes(s *server, m *mux.Router) {
	m.HandleFunc("/tags", s.api(createTag)).Methods("POST")
	m.HandleFunc("/tags/{id}", s.api(getTag)).Methods("GET")
	m.HandleFunc("/drafts", s.parsing(createDraft)).Methods("POST")
	m.HandleFunc("/pages", s.page(createPage)).Methods("POST")
}

// The handler answers the decoder's error with 400 itself.
func createTag(a *app, w http.ResponseWriter, r *http.Request) error {
	var in struct{ Name string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		return impart.HTTPError{http.StatusBadRequest, "expected a JSON object"}
	}
	return impart.WriteSuccess(w, in, http.StatusCreated)
}

// A bad id is 400; the store's failure is the server's own 500.
func getTag(a *app, w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.Atoi(mux.Vars(r)["id"])
	if err != nil {
		return impart.HTTPError{Status: http.StatusBadRequest, Message: "bad id"}
	}
	if id > 1000 {
		return errGone
	}
	return impart.WriteSuccess(w, id, http.StatusOK)
}

func createDraft(a *app, w http.ResponseWriter, r *http.Request) error {
	var in struct{ Body string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		return err
	}
	return impart.WriteSuccess(w, in, http.StatusCreated)
}

func createPage(a *app, w http.ResponseWriter, r *http.Request) error {
	var in struct{ Title string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		return err
	}
	return impart.WriteSuccess(w, in, http.StatusCreated)
}
