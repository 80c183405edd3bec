package chirender

import (
	"net/http"

	"example.com/store"

	"github.com/go-chi/render"
)

// Location first.
func createRight(w http.ResponseWriter, r *http.Request, db *store.DB) {
	it := &store.Item{Name: r.FormValue("name")}
	w.Header().Set("Location", "/items/1")
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, it)
}

// render.Status only records the status: Location set after it, before the
// write, goes out with the 201.
func locationAfterStatus(w http.ResponseWriter, r *http.Request, db *store.DB) {
	it := &store.Item{Name: r.FormValue("name")}
	render.Status(r, http.StatusCreated)
	w.Header().Set("Location", "/items/1")
	render.JSON(w, r, it)
}
