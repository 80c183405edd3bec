// Package httprouter is what the model sees of net/http handlers routed
// by httprouter: the methods each is sent, and the Allow the router sets
// before its MethodNotAllowed handler.
package httprouter

import (
	"net/http"

	"github.com/julienschmidt/httprouter"
)

func item(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	if r.Method != http.MethodGet {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	w.Write([]byte(ps.ByName("id")))
}

func create(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(http.StatusCreated)
}

func replace(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

// Also registered for every method through a plain mux: any method.
func both(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(http.StatusOK)
}

func notAllowed(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusMethodNotAllowed)
}

func routes() http.Handler {
	router := httprouter.New()
	router.GET("/items/:id", item)
	router.POST("/items", create)
	router.HandlerFunc(http.MethodPut, "/items/:id", replace)
	router.Handle("DELETE", "/b", both)
	http.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) { both(w, r, nil) })
	router.MethodNotAllowed = http.HandlerFunc(notAllowed)
	return router
}
