// Package httprouter registers handlers with httprouter: method routes,
// Handle with a method argument, and a net/http handler.
package httprouter

import (
	"net/http"
	"strconv"

	"github.com/julienschmidt/httprouter"
)

func Routes() http.Handler {
	r := httprouter.New()
	r.GET("/books/:id", getBook)
	r.Handle(http.MethodPatch, "/books/:id", patchBook)
	r.HandlerFunc(http.MethodGet, "/static/*filepath", static)
	return r
}

func getBook(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	if _, err := strconv.Atoi(ps.ByName("id")); err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	w.Write([]byte("{}"))
}

func patchBook(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	w.WriteHeader(http.StatusNotImplemented)
}

func static(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }
