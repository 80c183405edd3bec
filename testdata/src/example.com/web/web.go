// Package web holds the central writers handlers call with an error.
package web

import (
	"encoding/json"
	"errors"
	"net/http"

	"example.com/apperr"
)

// Fail writes the status the error carries, 500 for any other error.
func Fail(w http.ResponseWriter, err error) { // want Fail:"writer\\(0\\) sets Content-Type status=r0=500\\? r0=param1.Status body=error"
	status := http.StatusInternalServerError
	var e *apperr.Error
	if errors.As(err, &e) {
		status = e.Status
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}

// Respond writes the status of err, or 200 and v when err is nil.
func Respond(w http.ResponseWriter, v any, err error) { // want Respond:"writer\\(0\\) maybe-sets Content-Type status\\?=r0=500\\? r0=param2.Status body"
	if err != nil {
		Fail(w, err)
		return
	}
	json.NewEncoder(w).Encode(v)
}

// Mapped writes what apperr.StatusFor maps err to.
func Mapped(w http.ResponseWriter, err error) { // want Mapped:"writer\\(0\\) sets Content-Type,X-Content-Type-Options status=r0=param1.Status r0=400\\? r0=404\\? r0=500\\? body=error"
	http.Error(w, err.Error(), apperr.StatusFor(err))
}

// Status writes the error's own status, through its method.
func Status(w http.ResponseWriter, err *apperr.Error) { // want Status:"writer\\(0\\) status=param1.Status"
	w.WriteHeader(err.StatusCode())
}

// Parsed maps a JSON syntax error to 400 itself.
func Parsed(w http.ResponseWriter, err error) { // want Parsed:"writer\\(0\\) status=r0=500\\? r0=400\\?"
	status := http.StatusInternalServerError
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		status = http.StatusBadRequest
	}
	w.WriteHeader(status)
}

// Handler is a handler that returns its error; ServeHTTP writes it.
type Handler func(w http.ResponseWriter, r *http.Request) error // want Handler:"writes returned errors as param1 of writer\\(0\\) sets Content-Type status=r0=500\\? r0=param1.Status body=error"

func (h Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:"writer\\(0\\) opaque"
	if err := h(w, r); err != nil {
		Fail(w, err)
	}
}

// Page answers a 401 with the login page and writes the status other
// errors carry: no 401 goes out.
func Page(w http.ResponseWriter, r *http.Request, err error) { // want Page:"writer\\(0\\) maybe-sets Content-Type,Location,X-Content-Type-Options status=r0=500\\? r0=302\\? r0=param2.Status!401 body\\?"
	var e *apperr.Error
	if !errors.As(err, &e) {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if e.Status == http.StatusUnauthorized {
		http.Redirect(w, r, "/login", http.StatusFound)
		return
	}
	http.Error(w, e.Msg, e.Status)
}

// Wrap returns the handler that runs f and hands its error to Fail.
func Wrap(f func(w http.ResponseWriter, r *http.Request) error) http.HandlerFunc { // want Wrap:"adapts param0 writes returned errors as param1 of writer\\(0\\) sets Content-Type status=r0=500\\? r0=param1.Status body=error"
	return func(w http.ResponseWriter, r *http.Request) {
		if err := f(w, r); err != nil {
			Fail(w, err)
		}
	}
}

// Challenged is Wrap with a challenge set before f runs.
func Challenged(f func(w http.ResponseWriter, r *http.Request) error) http.HandlerFunc { // want Challenged:"adapts param0 writes returned errors as param1 of writer\\(0\\) sets Content-Type status=r0=500\\? r0=param1.Status body=error after setting Www-Authenticate"
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
		Fail(w, func() error { return f(w, r) }())
	}
}
