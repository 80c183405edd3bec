// Package mux is a stub of github.com/gorilla/mux with the API surface
// statuslint's fixtures use, with the real signatures.
package mux

import "net/http"

type Router struct{}

type Route struct{}

func NewRouter() *Router { return &Router{} }

func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	return &Route{}
}

func (r *Route) Methods(methods ...string) *Route { return r }

func Vars(r *http.Request) map[string]string { return nil }

func (r *Router) Handle(path string, handler http.Handler) *Route    { return &Route{} }
func (r *Router) PathPrefix(tpl string) *Route                       { return &Route{} }
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (r *Route) Subrouter() *Router                                  { return &Router{} }
