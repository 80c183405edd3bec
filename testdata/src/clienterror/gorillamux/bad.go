package gorillamux

import (
	"net/http"
	"strconv"

	"github.com/gorilla/mux"
)

func routes(r *mux.Router) {
	r.HandleFunc("/items/{id}", getItem).Methods(http.MethodGet)
}

func getItem(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	id, err := strconv.ParseInt(vars["id"], 10, 64)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `500 .* for an error caused by client input \(parsing request input\)`
		return
	}
	_ = id
}
