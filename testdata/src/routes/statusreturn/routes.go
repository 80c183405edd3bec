// Package statusreturn: handlers return their status to a wrapper that
// writes it, often the status of a helper that writes the body itself
// (filebrowser's renderJSON). The route sends the helper's 200, the 500
// it hands back, and the handler's own statuses.
package statusreturn

import (
	"encoding/json"
	"net/http"

	"example.com/statushelp"
)

type handleFunc func(w http.ResponseWriter, r *http.Request) (int, error)

func handle(fn handleFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		status, err := fn(w, r)
		if status != 0 {
			http.Error(w, http.StatusText(status), status)
		}
		_ = err
	})
}

func renderJSON(w http.ResponseWriter, v any) (int, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return http.StatusInternalServerError, err
	}
	w.Header().Set("Content-Type", "application/json")
	if _, err := w.Write(b); err != nil {
		return http.StatusInternalServerError, err
	}
	return 0, nil
}

func list(w http.ResponseWriter, r *http.Request) (int, error) {
	if r.URL.Query().Get("bad") != "" {
		return http.StatusBadRequest, nil
	}
	return renderJSON(w, []string{"a"})
}

func listVar(w http.ResponseWriter, r *http.Request) (int, error) {
	status, err := renderJSON(w, []string{"a"})
	return status, err
}

func create(w http.ResponseWriter, r *http.Request) (int, error) {
	return statushelp.Created(w, r.Body)
}

func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("GET /list", handle(list))
	mux.Handle("GET /listvar", handle(listVar))
	mux.Handle("POST /items", handle(create))
	return mux
}
