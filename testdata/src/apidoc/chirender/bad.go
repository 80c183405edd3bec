package chirender

import (
	"net/http"

	"github.com/go-chi/render"
)

// GetItem returns an item.
//
//	@Success	200	{object}	map[string]string
//	@Router		/items/{id} [get]
func GetItem(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		render.Status(r, http.StatusNotFound) // want `GetItem sends 404, which its annotations do not declare; add @Failure 404`
		render.JSON(w, r, map[string]string{"error": "no such item"})
		return
	}
	render.JSON(w, r, map[string]string{"id": "1"})
}
