// Package withopts writes a response described by options:
// withopts.With(w, withopts.Status(409), withopts.Body(v)).
package withopts

import (
	"encoding/json"
	"net/http"
)

// An Option describes part of a response.
type Option func(*response)

type response struct {
	code   int
	header http.Header
	body   any
}

// Status sets the status.
func Status(code int) Option { return func(r *response) { r.code = code } }

// NotFound sets 404.
func NotFound() Option {
	return func(r *response) { r.code = http.StatusNotFound }
}

// Header sets a header.
func Header(key, value string) Option {
	return func(r *response) { r.header.Set(key, value) }
}

// Challenge sets 401 with its challenge.
func Challenge(realm string) Option {
	return func(r *response) {
		r.code = http.StatusUnauthorized
		r.header["Www-Authenticate"] = []string{`Bearer realm="` + realm + `"`}
	}
}

// Headers adds headers from elsewhere.
func Headers(h http.Header) Option {
	return func(r *response) {
		for k, vs := range h {
			r.header[k] = vs
		}
	}
}

// Body sets the body.
func Body(v any) Option { return func(r *response) { r.body = v } }

// With writes the response the options describe: 200 unless one sets
// the status.
func With(w http.ResponseWriter, opts ...Option) {
	res := response{code: http.StatusOK, header: http.Header{}}
	for _, opt := range opts {
		opt(&res)
	}
	for k, vs := range res.header {
		w.Header()[k] = vs
	}
	if res.body == nil {
		w.WriteHeader(res.code)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(res.code)
	json.NewEncoder(w).Encode(res.body)
}
