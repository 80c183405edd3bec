// Package issue10 holds look-alikes met in real services: 422 is for a
// body that decoded and failed validation, and an error's name alone does
// not say the client caused it.
package issue10

import (
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"example.com/windows"
	"github.com/go-playground/validator/v10"
)

var validate = validator.New()

type listQuery struct {
	Limit int `validate:"min=1,max=100"`
}

type server struct{ store *windows.Store }

func routes(m *http.ServeMux, s *server) {
	m.HandleFunc("GET /items", listItems)
	m.HandleFunc("POST /signup", s.signup)
}

// A GET's query parameters that fail their checks are a malformed
// request: 400 is right.
func listItems(w http.ResponseWriter, r *http.Request) {
	q := listQuery{}
	if err := validate.Struct(q); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
}

// A single value checked with Var is a parameter, not a body.
func limit(w http.ResponseWriter, r *http.Request) {
	if err := validate.Var(r.URL.Query().Get("limit"), "numeric"); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
}

// Two options that exclude each other: a malformed request, not a conflict.
func options(w http.ResponseWriter, r *http.Request, s *windows.Store) {
	err := s.Rollup(r.Context(), time.Now(), time.Now())
	if errors.Is(err, windows.ErrConflictingOptions) {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
}

// Recall: a body that decoded and failed the store's validation.
func (srv *server) signup(w http.ResponseWriter, r *http.Request) {
	s := srv.store
	var in windows.Signup
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := s.Register(r.Context(), in); errors.Is(err, windows.ErrValidation) {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `400 \(http.StatusBadRequest\) for a well-formed request that failed validation \(windows.ErrValidation\); use 422`
		return
	}
}
