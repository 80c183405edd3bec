// Package adapter registers handlers that return errors through adapters
// that hand those errors to a writer: the statuses in the returned
// impart.HTTPError values are what the routes send. page takes, after
// its handler, a function that is not one: the handler is the endpoint.
package adapter

import (
	"net/http"

	"github.com/gorilla/mux"
	"github.com/writeas/impart"
)

type level int

type levelFunc func(admin bool) level

func anyone(admin bool) level { return 0 }

type handlerFunc func(w http.ResponseWriter, r *http.Request) error

type server struct{}

func (s *server) api(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.sendErr(w, func() error { return f(w, r) }())
	}
}

func (s *server) page(f handlerFunc, lf levelFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := f(w, r); err != nil {
			s.sendErr(w, err)
		}
	}
}

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

func Routes(s *server) *mux.Router {
	m := mux.NewRouter()
	m.HandleFunc("/api/posts", s.api(createPost)).Methods("POST")
	m.HandleFunc("/posts/{id}", s.page(viewPost, anyone)).Methods("GET")
	return m
}

func createPost(w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Content-Type") != "application/json" {
		return impart.HTTPError{http.StatusUnsupportedMediaType, "JSON only"}
	}
	return impart.WriteSuccess(w, "created", http.StatusCreated)
}

func viewPost(w http.ResponseWriter, r *http.Request) error {
	if mux.Vars(r)["id"] == "" {
		return impart.HTTPError{Status: http.StatusNotFound, Message: "no such post"}
	}
	return impart.WriteSuccess(w, "post", http.StatusOK)
}
