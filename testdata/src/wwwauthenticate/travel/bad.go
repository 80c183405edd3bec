package travel

import (
	"errors"
	"net/http"

	"example.com/apperr"
	"example.com/web"
)

func authenticate(r *http.Request) error { return nil }

func checkSession(r *http.Request) error { return nil }

func checkToken(r *http.Request) error { return nil }

// The central writer sends the status the error carries, and never sets
// the header: the 401 this call hands it goes out without one.
func me(w http.ResponseWriter, r *http.Request) {
	if err := authenticate(r); err != nil {
		web.Fail(w, apperr.Unauthorized("log in")) // want `401 response without WWW-Authenticate header: Fail writes the status its error carries and never sets WWW-Authenticate; .* \(and 1 more through the same writer\)`
		return
	}
}

// The status read from an error's field.
func profile(w http.ResponseWriter, r *http.Request) {
	if err := checkSession(r); err != nil {
		e := apperr.New(http.StatusUnauthorized, "log in")
		w.WriteHeader(e.Status) // want `401 response without WWW-Authenticate header`
		return
	}
}

// Through errors.As, into the error a constructor made.
func settings(w http.ResponseWriter, r *http.Request) {
	err := checkToken(r)
	if err != nil {
		err = apperr.Unauthorized("log in")
	}
	var e *apperr.Error
	if errors.As(err, &e) {
		w.WriteHeader(e.StatusCode()) // want `401 response without WWW-Authenticate header`
		return
	}
}

func checkKey(r *http.Request) error { return nil }

// Another 401 handed to the same central writer: one finding, at the
// first call, names the writer where the fix goes; this call is related.
func keys(w http.ResponseWriter, r *http.Request) {
	if err := checkKey(r); err != nil {
		web.Fail(w, apperr.Unauthorized("api key"))
		return
	}
}

// web.Wrap hands the handler's error to web.Fail, in another package.
func wrapped(mux *http.ServeMux) {
	mux.HandleFunc("GET /tokens", web.Wrap(tokens))
}

func tokens(w http.ResponseWriter, r *http.Request) error {
	if err := checkToken(r); err != nil {
		return apperr.Unauthorized("token") // want `401 response without WWW-Authenticate header`
	}
	return nil
}
