// Package chi is a stub of github.com/go-chi/chi/v5 with the API surface
// statuslint's fixtures use, with the real signatures.
package chi

import "net/http"

type Mux struct{}

func NewRouter() *Mux { return &Mux{} }

func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc)    {}
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc)   {}
func (mx *Mux) Delete(pattern string, handlerFn http.HandlerFunc) {}
func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request)  {}

func URLParam(r *http.Request, key string) string { return "" }

func (mx *Mux) Head(pattern string, handlerFn http.HandlerFunc)       {}
func (mx *Mux) HandleFunc(pattern string, handlerFn http.HandlerFunc) {}
func (mx *Mux) Handle(pattern string, handler http.Handler)           {}

// Router is the interface Mux implements: the part of it the fixtures use.
type Router interface {
	http.Handler
	Get(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Put(pattern string, h http.HandlerFunc)
	Delete(pattern string, h http.HandlerFunc)
	Handle(pattern string, h http.Handler)
	HandleFunc(pattern string, h http.HandlerFunc)
	Method(method, pattern string, h http.Handler)
	With(middlewares ...func(http.Handler) http.Handler) Router
	Group(fn func(r Router)) Router
	Route(pattern string, fn func(r Router)) Router
	Mount(pattern string, h http.Handler)
}

func (mx *Mux) Put(pattern string, handlerFn http.HandlerFunc)      {}
func (mx *Mux) Method(method, pattern string, handler http.Handler) {}
func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router {
	return mx
}
func (mx *Mux) Group(fn func(r Router)) Router                 { return mx }
func (mx *Mux) Route(pattern string, fn func(r Router)) Router { return mx }
func (mx *Mux) Mount(pattern string, handler http.Handler)     {}
