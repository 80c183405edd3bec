// Package users registers its routes on the router it is given.
package users

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Routes registers GET /users under the caller's prefix.
func Routes(r chi.Router) {
	r.Get("/users", list)
}

func list(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }

// Admin registers GET /admin/users on the root router its caller gives it.
func Admin(r chi.Router) {
	r.Get("/admin/users", list)
}
