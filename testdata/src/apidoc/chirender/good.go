package chirender

import (
	"net/http"

	"github.com/go-chi/render"
)

// CreateItem declares what it sends.
//
//	@Success	201	{object}	map[string]string
//	@Failure	400	{object}	map[string]string
//	@Router		/items [post]
func CreateItem(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("name") == "" {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, map[string]string{"error": "no name"})
		return
	}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, map[string]string{"id": "1"})
}
