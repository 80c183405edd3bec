// Package web mounts the users package under /api, on the router its
// caller gives it, and makes route groups for other packages.
package web

import (
	"routes/wrapper/users"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

// Mount puts the users routes under /api.
func Mount(r chi.Router) {
	r.Route("/api", func(r chi.Router) {
		users.Routes(r)
	})
}

// APIGroup returns the group every API route of the service is under.
func APIGroup(r *gin.Engine) *gin.RouterGroup { return r.Group("/api/v2") }
