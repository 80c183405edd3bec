// Package chi registers handlers with chi: r.Route and r.Group literals,
// r.With, r.Method, and a router handed to a function of the package.
package chi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func Routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/health", health)
	r.Route("/api/v1", func(r chi.Router) {
		r.Get("/users/{id:[0-9]+}", getUser)
		r.Group(func(r chi.Router) {
			r.With(auth).Delete("/users/{id}", deleteUser)
		})
		r.Method(http.MethodPut, "/users/{id}", http.HandlerFunc(putUser))
		admin(r.With(auth))
	})
	return r
}

func admin(r chi.Router) {
	r.Post("/admin/reindex", reindex)
}

func auth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func health(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }

func getUser(w http.ResponseWriter, r *http.Request) {
	if chi.URLParam(r, "id") == "0" {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func deleteUser(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }

func putUser(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "read only", http.StatusConflict)
}

func reindex(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) }
