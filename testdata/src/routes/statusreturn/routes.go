// Package statusreturn: handlers return their status to a wrapper that
// writes it, often the status of a helper that writes the body itself
// (filebrowser's renderJSON). The route sends the helper's own status,
// the ones it hands back, and the handler's.
package statusreturn

import (
	"fmt"
	"net/http"
	"strings"

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

// writeCSV hands back 406 to a client that does not take CSV.
func writeCSV(w http.ResponseWriter, r *http.Request, rows []string) (int, error) {
	if accept := r.Header.Get("Accept"); !strings.Contains(accept, "text/csv") {
		return http.StatusNotAcceptable, fmt.Errorf("not acceptable: %s", accept)
	}
	w.Header().Set("Content-Type", "text/csv")
	_, err := fmt.Fprintln(w, strings.Join(rows, ","))
	return 0, err
}

func list(w http.ResponseWriter, r *http.Request) (int, error) {
	if r.URL.Query().Get("bad") != "" {
		return http.StatusBadRequest, nil
	}
	return statushelp.JSON(w, []string{"a"})
}

func export(w http.ResponseWriter, r *http.Request) (int, error) {
	status, err := writeCSV(w, r, []string{"a", "b"})
	return status, err
}

// The handler goes on where err is nil: writeCSV's body is not certain
// there, but some path sends it.
func exportIf(w http.ResponseWriter, r *http.Request) (int, error) {
	if status, err := writeCSV(w, r, []string{"a"}); err != nil {
		return status, err
	}
	return 0, nil
}

func create(w http.ResponseWriter, r *http.Request) (int, error) {
	return statushelp.Created(w, r.Body)
}

func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("GET /list", handle(list))
	mux.Handle("GET /export", handle(export))
	mux.Handle("GET /export2", handle(exportIf))
	mux.Handle("POST /items", handle(create))
	return mux
}
