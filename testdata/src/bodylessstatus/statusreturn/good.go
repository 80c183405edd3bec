// Package statusreturn: a helper answers 204 itself, without a body, or
// hands back 500 for the wrapper to write with its error text.
package statusreturn

import (
	"net/http"
)

type handleFunc func(w http.ResponseWriter, r *http.Request) (int, error)

func handle(fn handleFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if status, err := fn(w, r); status != 0 {
			http.Error(w, err.Error(), status)
		}
	}
}

type store struct{}

func (store) Delete(id string) error { return nil }

func deleted(w http.ResponseWriter, s store, id string) (int, error) {
	if err := s.Delete(id); err != nil {
		return http.StatusInternalServerError, err
	}
	w.WriteHeader(http.StatusNoContent)
	return 0, nil
}

func remove(w http.ResponseWriter, r *http.Request) (int, error) {
	return deleted(w, store{}, r.URL.Query().Get("id"))
}

func routes(mux *http.ServeMux) {
	mux.Handle("/remove", handle(remove))
}
