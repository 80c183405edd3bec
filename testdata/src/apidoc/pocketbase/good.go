package pocketbase

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// DeleteNote declares what it sends.
//
//	@Success	204
//	@Failure	404	{object}	map[string]string
//	@Router		/notes/{id} [delete]
func DeleteNote(e *core.RequestEvent) error {
	if e.Request.PathValue("id") == "" {
		return e.JSON(http.StatusNotFound, map[string]string{"error": "no such note"})
	}
	return e.NoContent(http.StatusNoContent)
}
