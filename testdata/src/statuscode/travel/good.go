package travel

import (
	"net/http"

	"example.com/apperr"
)

// The HTTP status of the error, not its business code.
func findGood(w http.ResponseWriter, r *http.Request) {
	e := apperr.New(http.StatusNotFound, "no such item")
	w.WriteHeader(e.Status)
}

// A status that is 0 until chosen, tested before the write.
func status(ok bool) int {
	if ok {
		return http.StatusOK
	}
	return 0
}

func maybeWrite(w http.ResponseWriter, r *http.Request) {
	if s := status(r.URL.Query().Has("x")); s != 0 {
		w.WriteHeader(s)
	}
}
