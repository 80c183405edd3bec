// Package reply builds responses in a struct and sends them at the end of
// a chain: reply.To(w).Code(401).Challenge(realm).JSON(v).
package reply

import (
	"encoding/json"
	"maps"
	"net/http"
)

// Response is a response being built.
type Response struct {
	rw      http.ResponseWriter
	code    int
	headers http.Header
}

// To starts a response with status 200.
func To(w http.ResponseWriter) *Response {
	return &Response{rw: w, code: http.StatusOK, headers: make(http.Header)}
}

// Code sets the status.
func (r *Response) Code(code int) *Response {
	r.code = code
	return r
}

// Created sets 201 and the new resource's Location.
func (r *Response) Created(location string) *Response {
	r.code = http.StatusCreated
	r.headers.Set("Location", location)
	return r
}

// Set sets a header of the response.
func (r *Response) Set(key, value string) *Response {
	r.headers.Set(key, value)
	return r
}

// Challenge sets the 401 challenge.
func (r *Response) Challenge(scheme string) *Response {
	r.headers["WWW-Authenticate"] = []string{scheme}
	return r
}

// Merge adds headers from elsewhere: which, the model cannot tell.
func (r *Response) Merge(h http.Header) *Response {
	maps.Copy(r.headers, h)
	return r
}

// JSON sends the response with v as its body.
func (r *Response) JSON(v any) error {
	h := r.rw.Header()
	for k, vs := range r.headers {
		h[k] = vs
	}
	h.Set("Content-Type", "application/json")
	r.rw.WriteHeader(r.code)
	return json.NewEncoder(r.rw).Encode(v)
}

// Empty sends the response without a body.
func (r *Response) Empty() {
	maps.Copy(r.rw.Header(), r.headers)
	r.rw.WriteHeader(r.code)
}

// Text sends a text body.
func (r *Response) Text(s string) {
	for k := range r.headers {
		r.rw.Header().Set(k, r.headers.Get(k))
	}
	r.rw.WriteHeader(r.code)
	r.rw.Write([]byte(s))
}
