package chi

import (
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
	"github.com/google/uuid"
)

func routes(r *chi.Mux) {
	r.Get("/items/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := uuid.Parse(chi.URLParam(r, "id"))
		if err != nil {
			http.Error(w, "bad id", http.StatusInternalServerError) // want `500 .* for an error caused by client input \(parsing request input\); use 400`
			return
		}
		_ = id
	})
	r.Delete("/items/{n}", func(w http.ResponseWriter, r *http.Request) {
		if _, err := strconv.Atoi(chi.URLParam(r, "n")); err != nil {
			w.WriteHeader(http.StatusInternalServerError) // want `client input`
		}
	})
}
