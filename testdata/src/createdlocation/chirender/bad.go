package chirender

import (
	"net/http"

	"example.com/store"

	"github.com/go-chi/render"
)

// The documented pattern: 201 without Location.
func create(w http.ResponseWriter, r *http.Request, db *store.DB) {
	it := &store.Item{Name: r.FormValue("name")}
	if err := db.Create(r.Context(), it); err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
	render.Status(r, http.StatusCreated) // want `201 response without Location header`
	render.JSON(w, r, it)
}
