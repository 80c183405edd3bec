package chi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/google/uuid"
)

var tenant = "5b2f0c1e-0000-0000-0000-000000000000"

func goodRoutes(r *chi.Mux) {
	r.Get("/items/{id}", func(w http.ResponseWriter, r *http.Request) {
		if _, err := uuid.Parse(chi.URLParam(r, "id")); err != nil {
			http.Error(w, "bad id", http.StatusBadRequest)
			return
		}
		// A server-side constant that does not parse is the server's fault.
		if _, err := uuid.Parse(tenant); err != nil {
			http.Error(w, "misconfigured", http.StatusInternalServerError)
		}
	})
}
