package pocketbase

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// GetNote returns a note.
//
//	@Success	200	{object}	map[string]string
//	@Router		/notes/{id} [get]
func GetNote(e *core.RequestEvent) error {
	if e.Request.PathValue("id") == "" {
		return e.JSON(http.StatusNotFound, map[string]string{"error": "no such note"}) // want `GetNote sends 404, which its annotations do not declare; add @Failure 404`
	}
	return e.JSON(http.StatusOK, map[string]string{"id": e.Request.PathValue("id")})
}
