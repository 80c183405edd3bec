// Package statusreturn: the wrapper sets its headers before it calls the
// handler; the handler sets its own before the helper whose status it
// returns writes the body.
package statusreturn

import (
	"io"
	"net/http"

	"example.com/statushelp"
)

type handleFunc func(w http.ResponseWriter, r *http.Request) (int, error)

var defaultHeaders = map[string]string{"X-Frame-Options": "DENY"}

func handle(fn handleFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		for k, v := range defaultHeaders {
			w.Header().Set(k, v)
		}
		if status, err := fn(w, r); status != 0 {
			http.Error(w, err.Error(), status)
		}
	}
}

func get(w http.ResponseWriter, r *http.Request) (int, error) {
	w.Header().Set("Cache-Control", "no-store")
	return statushelp.JSON(w, []string{"a"})
}

func upload(w http.ResponseWriter, r *http.Request) (int, error) {
	status, err := statushelp.JSON(w, "ok")
	if status >= 400 {
		io.Copy(io.Discard, r.Body)
	}
	return status, err
}

func routes(mux *http.ServeMux) {
	mux.Handle("/get", handle(get))
	mux.Handle("/upload", handle(upload))
}
