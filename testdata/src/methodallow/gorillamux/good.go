package gorillamux

import (
	"net/http"

	"github.com/gorilla/mux"
)

func goodRoutes(r *mux.Router) {
	r.HandleFunc("/items", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			w.Header().Set("Allow", http.MethodGet)
			w.WriteHeader(http.StatusMethodNotAllowed)
			return
		}
	})
}
