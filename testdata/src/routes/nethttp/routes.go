// Package nethttp registers handlers on a ServeMux: method patterns, a
// pattern for every method, a handler converted, a constructor returning
// a literal, and statuses written by a helper in another package.
package nethttp

import (
	"encoding/json"
	"net/http"

	"example.com/respond"
)

func Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", getItem)
	mux.HandleFunc("POST /items", createItem)
	mux.Handle("DELETE /items/{id}", http.HandlerFunc(deleteItem))
	mux.Handle("/files/{path...}", files())
	mux.HandleFunc("GET /{$}", home)
	return mux
}

func getItem(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "" {
		respond.Error(w, http.StatusNotFound, "no such item")
		return
	}
	respond.JSON(w, http.StatusOK, map[string]string{"id": r.PathValue("id")})
}

type item struct{ Name string }

func createItem(w http.ResponseWriter, r *http.Request) {
	var it item
	if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(it)
}

func deleteItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

func files() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("file"))
	})
}

func home(w http.ResponseWriter, r *http.Request) {
	respond.Unauthorized(w)
}
