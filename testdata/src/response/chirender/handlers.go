// Package chirender is what the model sees of chi render: render.Status
// chooses the status the next render writes.
package chirender

import (
	"net/http"

	"github.com/go-chi/render"
)

func item(w http.ResponseWriter, r *http.Request) {
	var in struct{ Name string }
	if err := render.DecodeJSON(r.Body, &in); err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, map[string]string{"error": err.Error()})
		return
	}
	render.Status(r, http.StatusCreated)
	w.Header().Set("Location", "/items/1")
	render.JSON(w, r, in)
}

func gone(w http.ResponseWriter, r *http.Request) {
	render.NoContent(w, r)
}
