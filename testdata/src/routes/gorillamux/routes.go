// Package gorillamux registers handlers with gorilla/mux: routes given
// .Methods, a subrouter under a path prefix, and a route for every method.
package gorillamux

import (
	"net/http"

	"github.com/gorilla/mux"
)

func Routes() http.Handler {
	r := mux.NewRouter()
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/orders/{id}", getOrder).Methods("GET")
	api.HandleFunc("/orders", createOrder).Methods(http.MethodPost)
	r.HandleFunc("/ping", ping)
	return r
}

func getOrder(w http.ResponseWriter, r *http.Request) {
	if mux.Vars(r)["id"] == "" {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	w.Write([]byte("{}"))
}

func createOrder(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/api/orders/1")
	w.WriteHeader(http.StatusCreated)
}

func ping(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }
