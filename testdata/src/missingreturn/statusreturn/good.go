// Package statusreturn: a helper checks the request and hands back 403;
// the handler returns that status, and writes on only where the helper
// handed back nothing.
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

func allowed(w http.ResponseWriter, r *http.Request) (int, error) {
	if r.Header.Get("X-Role") != "admin" {
		return http.StatusForbidden, nil
	}
	return 0, nil
}

func admin(w http.ResponseWriter, r *http.Request) (int, error) {
	if status, err := allowed(w, r); status != 0 {
		return status, err
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write([]byte("welcome"))
	return 0, nil
}

func routes(mux *http.ServeMux) {
	mux.Handle("/admin", handle(admin))
}
