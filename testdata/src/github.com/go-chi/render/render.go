// Package render is a stub of github.com/go-chi/render v1.0.3 with the API
// surface statuslint's fixtures use, with the real signatures. Respond and
// Decode are variables in the real package too (set to DefaultResponder and
// DefaultDecoder), so calls through them are calls of a func-typed var.
package render

import (
	"io"
	"net/http"
)

// M is a convenience alias for building a response map.
type M map[string]interface{}

// Renderer is implemented by response payloads.
type Renderer interface {
	Render(w http.ResponseWriter, r *http.Request) error
}

// Binder is implemented by request payloads.
type Binder interface {
	Bind(r *http.Request) error
}

type contextKey struct{ name string }

// StatusCtxKey is the request context key render.Status stores the status under.
var StatusCtxKey = &contextKey{"Status"}

// Respond is the package's responder, DefaultResponder unless replaced.
var Respond = DefaultResponder

// Decode is the package's decoder, DefaultDecoder unless replaced.
var Decode = DefaultDecoder

func Bind(r *http.Request, v Binder) error                                  { return nil }
func Render(w http.ResponseWriter, r *http.Request, v Renderer) error       { return nil }
func RenderList(w http.ResponseWriter, r *http.Request, l []Renderer) error { return nil }

func Status(r *http.Request, status int)                                     {}
func DefaultResponder(w http.ResponseWriter, r *http.Request, v interface{}) {}
func PlainText(w http.ResponseWriter, r *http.Request, v string)             {}
func Data(w http.ResponseWriter, r *http.Request, v []byte)                  {}
func HTML(w http.ResponseWriter, r *http.Request, v string)                  {}
func JSON(w http.ResponseWriter, r *http.Request, v interface{})             {}
func XML(w http.ResponseWriter, r *http.Request, v interface{})              {}
func NoContent(w http.ResponseWriter, r *http.Request)                       {}

func DefaultDecoder(r *http.Request, v interface{}) error { return nil }
func DecodeJSON(r io.Reader, v interface{}) error         { return nil }
func DecodeXML(r io.Reader, v interface{}) error          { return nil }
func DecodeForm(r io.Reader, v interface{}) error         { return nil }
