package gorillamux

import (
	"net/http"

	"github.com/gorilla/mux"
)

func routes() {
	r := mux.NewRouter()
	r.HandleFunc("/items/{id}", replace).Methods("PUT")
	r.HandleFunc("/items/{id}", patch).Methods(http.MethodPatch, http.MethodPut)
	r.HandleFunc("/form", form).Methods("GET", "POST")
	r.HandleFunc("/items", create).Methods("POST")
	r.HandleFunc("/anything", anything)
}

func replace(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/items/2", http.StatusFound) // want `302 \(http\.StatusFound\) redirect from a PUT handler`
}

func patch(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/items/2")
	w.WriteHeader(http.StatusMovedPermanently) // want `301 \(http\.StatusMovedPermanently\) redirect from a PATCH/PUT handler`
}
