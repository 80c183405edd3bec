package travel

import (
	"errors"
	"net/http"

	"example.com/apperr"
)

// A business code where the status goes, from another package.
func find(w http.ResponseWriter, r *http.Request) {
	err := apperr.WithCode("no such item")
	var e *apperr.Error
	if errors.As(err, &e) {
		w.WriteHeader(e.Status) // want `status 40401 read from a field is not an HTTP status code`
	}
}

type result struct {
	Code int
	Msg  string
}

const codeNotFound = 40401

// A business code copied into a field, read back as the status.
func lookup(w http.ResponseWriter, r *http.Request) {
	res := result{Code: codeNotFound, Msg: "missing"}
	w.WriteHeader(res.Code) // want `status 40401 read from a field`
}

// The field is set after the literal: the model does not follow fields.
func relookup(w http.ResponseWriter, r *http.Request) {
	res := result{Code: 0}
	res.Code = http.StatusNotFound
	w.WriteHeader(res.Code)
}

// The business code set on the field after the literal.
func lookupAgain(w http.ResponseWriter, r *http.Request) {
	res := result{Code: 0}
	if r.URL.Query().Get("id") == "" {
		res.Code, res.Msg = codeNotFound, "missing"
		w.WriteHeader(res.Code) // want `status 40401 read from a field`
		return
	}
}
