// Package nethttp is what the model sees of net/http handlers and the
// routers that serve them (net/http patterns, chi, gorilla/mux).
package nethttp

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
)

func item(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(id)
}

func create(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Location", "/items/1")
	w.WriteHeader(http.StatusCreated)
}

func list(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("[]"))
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
}

func moved(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/new", http.StatusMovedPermanently)
}

func routes(mux0 *http.ServeMux) {
	mux0.HandleFunc("GET /items/{id}", item)
	mux0.HandleFunc("/items", create)
	c := chi.NewRouter()
	c.Get("/list", list)
	m := mux.NewRouter()
	m.HandleFunc("/old", moved).Methods("GET")
	http.Handle("/slow", http.TimeoutHandler(http.HandlerFunc(list), 0, "slow"))
}
