// Package statusreturn: handlers return the status of a helper or a
// mapper to a wrapper that writes it.
package statusreturn

import (
	"errors"
	"net/http"
	"os"

	"example.com/statushelp"
)

type handleFunc func(w http.ResponseWriter, r *http.Request) (int, error)

func handle(fn handleFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if status, err := fn(w, r); status != 0 {
			http.Error(w, err.Error(), status)
		}
	}
}

var errNotExist = errors.New("does not exist")

// errToStatus maps nil to 200, as filebrowser's does: a case an error
// path never meets.
func errToStatus(err error) int {
	switch {
	case err == nil:
		return http.StatusOK
	case os.IsPermission(err):
		return http.StatusForbidden
	case errors.Is(err, errNotExist):
		return http.StatusNotFound
	default:
		return http.StatusInternalServerError
	}
}

type share struct{ ID string }

func findShares() ([]share, error) { return nil, errNotExist }

func deleteShare() error { return nil }

// No shares is an empty list, not an error.
func list(w http.ResponseWriter, r *http.Request) (int, error) {
	s, err := findShares()
	if errors.Is(err, errNotExist) {
		return statushelp.JSON(w, []share{})
	}
	if err != nil {
		return http.StatusInternalServerError, err
	}
	return statushelp.JSON(w, s)
}

func remove(w http.ResponseWriter, r *http.Request) (int, error) {
	if err := deleteShare(); err != nil {
		return errToStatus(err), err
	}
	return http.StatusNoContent, nil
}

func routes(mux *http.ServeMux) {
	mux.Handle("/shares", handle(list))
	mux.Handle("/shares/x", handle(remove))
}
