package statusreturn

import (
	"net/http"
)

type handleFunc func(w http.ResponseWriter, r *http.Request) (int, error)

func handle(fn handleFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if status, err := fn(w, r); status != 0 {
			_ = err
			http.Error(w, http.StatusText(status), status)
		}
	}
}

func signup(w http.ResponseWriter, r *http.Request) (int, error) {
	if r.Method != http.MethodPost {
		return http.StatusMethodNotAllowed, nil // want `405 response without Allow header`
	}
	return http.StatusCreated, nil
}

func upload(w http.ResponseWriter, r *http.Request) (int, error) {
	if r.Method != http.MethodPut {
		w.Header().Set("Allow", http.MethodPut)
		return http.StatusMethodNotAllowed, nil
	}
	return http.StatusNoContent, nil
}

func routes(mux *http.ServeMux) {
	mux.Handle("/signup", handle(signup))
	mux.Handle("/upload", handle(upload))
}
