package gorillamux

import (
	"net/http"

	"github.com/gorilla/mux"
)

func routes(r *mux.Router) {
	r.HandleFunc("/items", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			w.WriteHeader(http.StatusMethodNotAllowed) // want `405 response without Allow header`
			return
		}
	})
}
