// Package statusreturn: handlers return the status a wrapper writes.
package statusreturn

import (
	"net/http"
)

type handlerFunc func(w http.ResponseWriter, r *http.Request) (int, error)

var baseHeaders = map[string]string{"X-Frame-Options": "DENY"}

func wrap(fn handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		for k, v := range baseHeaders {
			w.Header().Set(k, v)
		}
		status, err := fn(w, r)
		if status >= 400 {
			msg := http.StatusText(status)
			if err != nil {
				msg = err.Error()
			}
			http.Error(w, msg, status)
		}
	}
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/a", wrap(tokenHandler))
	mux.HandleFunc("/b", wrap(challenged))
	mux.HandleFunc("/c", wrap(denyHandler))
	mux.HandleFunc("/d", wrap(guarded))
}
