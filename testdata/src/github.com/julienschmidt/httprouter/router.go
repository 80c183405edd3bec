// Package httprouter is a stub of github.com/julienschmidt/httprouter
// (v1.3.0) with the real signatures.
package httprouter

import (
	"context"
	"net/http"
)

// Handle is a function that can be registered to a route.
type Handle func(http.ResponseWriter, *http.Request, Params)

// Param is a single URL parameter.
type Param struct {
	Key   string
	Value string
}

// Params is a Param-slice, as returned by the router.
type Params []Param

func (ps Params) ByName(name string) string { return "" }

func ParamsFromContext(ctx context.Context) Params { return nil }

// Router dispatches requests to handlers by method and path. For a path
// served for other methods only, it answers 405 with Allow itself, or sets
// Allow and runs MethodNotAllowed.
type Router struct {
	RedirectTrailingSlash  bool
	RedirectFixedPath      bool
	HandleMethodNotAllowed bool
	HandleOPTIONS          bool
	GlobalOPTIONS          http.Handler
	NotFound               http.Handler
	MethodNotAllowed       http.Handler
	PanicHandler           func(http.ResponseWriter, *http.Request, interface{})
}

func New() *Router { return &Router{HandleMethodNotAllowed: true, HandleOPTIONS: true} }

func (r *Router) GET(path string, handle Handle)                            {}
func (r *Router) HEAD(path string, handle Handle)                           {}
func (r *Router) OPTIONS(path string, handle Handle)                        {}
func (r *Router) POST(path string, handle Handle)                           {}
func (r *Router) PUT(path string, handle Handle)                            {}
func (r *Router) PATCH(path string, handle Handle)                          {}
func (r *Router) DELETE(path string, handle Handle)                         {}
func (r *Router) Handle(method, path string, handle Handle)                 {}
func (r *Router) Handler(method, path string, handler http.Handler)         {}
func (r *Router) HandlerFunc(method, path string, handler http.HandlerFunc) {}
func (r *Router) ServeFiles(path string, root http.FileSystem)              {}
func (r *Router) Lookup(method, path string) (Handle, Params, bool)         { return nil, nil, false }
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request)        {}
