package chirender

import (
	"net/http"

	"example.com/store"

	"github.com/go-chi/render"
)

// 204 without a body.
func removeRight(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if err := db.Delete(r.Context(), 1); err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
	render.NoContent(w, r)
}

// 204 on one path, 200 on the other: the status variable may not forbid a body.
func maybeEmpty(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, _ := db.List(r.Context())
	status := http.StatusOK
	if r.URL.Query().Has("quiet") {
		status = http.StatusNoContent
	}
	render.Status(r, status)
	render.JSON(w, r, items)
}

// render.Status(204) replaced before the body is written.
func replaced(w http.ResponseWriter, r *http.Request, db *store.DB) {
	render.Status(r, http.StatusNoContent)
	items, err := db.List(r.Context())
	if err == nil && len(items) > 0 {
		render.Status(r, http.StatusOK)
		render.JSON(w, r, items)
		return
	}
	render.NoContent(w, r)
}
