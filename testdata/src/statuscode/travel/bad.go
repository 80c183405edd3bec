package travel

import (
	"errors"
	"net/http"

	"example.com/apperr"
)

// A business code where the status goes, from another package.
func find(w http.ResponseWriter, r *http.Request) {
	err := apperr.WithCode("no such item") // want `status 40401 is not an HTTP status code`
	var e *apperr.Error
	if errors.As(err, &e) {
		w.WriteHeader(e.Status)
	}
}

type result struct {
	Code int
	Msg  string
}

const codeNotFound = 40401

// A business code copied into a field, read back as the status.
func lookup(w http.ResponseWriter, r *http.Request) {
	res := result{Code: codeNotFound, Msg: "missing"} // want `status 40401 is not an HTTP status code`
	w.WriteHeader(res.Code)
}
