// Package routesapp registers net/http handlers with httprouter, chi and
// gorilla/mux: the routers answer the methods they do not route.
package routesapp

import (
	"net/http"

	chi1 "github.com/go-chi/chi"
	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
	"github.com/julienschmidt/httprouter"
)

// Only GET reaches item: httprouter answers the other methods itself.
func item(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	if r.Method != http.MethodGet {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	w.Write([]byte(ps.ByName("id")))
}

func create(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(http.StatusMethodNotAllowed) // methodallow: POST is routed here
}

// httprouter sets Allow before it runs its MethodNotAllowed handler.
func notAllowed(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusMethodNotAllowed)
}

func list(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	w.Write([]byte("[]"))
}

func Routes() (http.Handler, http.Handler, http.Handler, http.Handler) {
	r := httprouter.New()
	r.GET("/items/:id", item)
	r.POST("/items", create)
	r.MethodNotAllowed = http.HandlerFunc(notAllowed)

	c := chi.NewRouter()
	c.Get("/list", list)
	c1 := chi1.NewRouter()
	c1.Get("/list", list)
	m := mux.NewRouter()
	m.HandleFunc("/list", list).Methods(http.MethodGet)
	return r, c, c1, m
}
