// Package pocketbase registers handlers on pocketbase's router: a group
// under a prefix, and the framework's errors as returned statuses.
package pocketbase

import (
	"net/http"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

func register(se *core.ServeEvent) {
	g := se.Router.Group("/api/notes")
	g.GET("/{id}", getNote)
	g.POST("", createNote)
}

func getNote(e *core.RequestEvent) error {
	if e.Request.PathValue("id") == "" {
		return apis.NewApiError(http.StatusNotFound, "no such note", nil)
	}
	return e.JSON(http.StatusOK, map[string]string{"id": e.Request.PathValue("id")})
}

func createNote(e *core.RequestEvent) error {
	return e.NoContent(http.StatusCreated)
}
