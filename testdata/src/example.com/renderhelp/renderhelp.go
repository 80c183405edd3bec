// Package renderhelp is the response-helper package a chi render API grows:
// helpers that choose the status with render.Status and write with
// render.JSON, and a decoder that wraps render.DecodeJSON. Fixtures import it
// to prove the helpers' facts cross packages.
package renderhelp

import (
	"net/http"

	"github.com/go-chi/render"
)

// Error answers with status and a JSON error body. It never sets
// WWW-Authenticate or Allow.
func Error(w http.ResponseWriter, r *http.Request, status int, err error) { // want Error:"writer\\(0\\) sets Content-Type status=param2 body=error"
	render.Status(r, status)
	render.JSON(w, r, render.M{"error": err.Error()})
}

// Unauthorized answers 401 on its own, without the challenge.
func Unauthorized(w http.ResponseWriter, r *http.Request) { // want Unauthorized:"writer\\(0\\) sets Content-Type status=401 body=error"
	render.Status(r, http.StatusUnauthorized)
	render.JSON(w, r, render.M{"error": "unauthorized"})
}

// Challenge answers 401 with the challenge a client needs.
func Challenge(w http.ResponseWriter, r *http.Request) { // want Challenge:"writer\\(0\\) sets Content-Type,Www-Authenticate status=401 body=error"
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	render.Status(r, http.StatusUnauthorized)
	render.JSON(w, r, render.M{"error": "unauthorized"})
}

// OK writes v with render's implicit 200.
func OK(w http.ResponseWriter, r *http.Request, v interface{}) { // want OK:"writer\\(0\\) sets Content-Type body=param2"
	render.JSON(w, r, v)
}

// DecodeBody decodes the request body into v.
func DecodeBody(r *http.Request, v interface{}) error { // want DecodeBody:"returns malformed-input errors"
	return render.DecodeJSON(r.Body, v)
}
