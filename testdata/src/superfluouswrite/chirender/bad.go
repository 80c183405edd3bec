package chirender

import (
	"net/http"

	"example.com/renderhelp"
	"example.com/store"

	"github.com/go-chi/render"
)

// The documented pattern: render.JSON sent 200 with the body, then the
// handler tries to change the status.
func afterBody(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, err := db.List(r.Context())
	render.JSON(w, r, items)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `w.WriteHeader after the body was written \(which sent 200\) is ignored \(superfluous response.WriteHeader call\); write the status before the body`
	}
}

// render.NoContent wrote 204; the error helper's status is dropped.
func afterNoContent(w http.ResponseWriter, r *http.Request, db *store.DB) {
	render.NoContent(w, r)
	if err := db.Delete(r.Context(), 1); err != nil {
		renderhelp.Error(w, r, http.StatusInternalServerError, err) // want `renderhelp.Error after the status was already written: its status is ignored`
	}
}
