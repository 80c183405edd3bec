// Package statusreturn: handlers return the status of a helper to a
// wrapper that writes it. The helper writes its own status on the paths
// where it hands back nothing: the wrapper's write and the helper's are
// on different paths.
package statusreturn

import (
	"encoding/json"
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

func created(w http.ResponseWriter, v any) (int, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return http.StatusInternalServerError, err
	}
	w.WriteHeader(http.StatusCreated)
	if _, err := w.Write(b); err != nil {
		return http.StatusInternalServerError, err // the wrapper's write is superfluous here: not what the handler is about
	}
	return 0, nil
}

func create(w http.ResponseWriter, r *http.Request) (int, error) {
	var v map[string]any
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		return http.StatusBadRequest, err
	}
	return created(w, v)
}

func routes(mux *http.ServeMux) {
	mux.Handle("/create", handle(create))
}
