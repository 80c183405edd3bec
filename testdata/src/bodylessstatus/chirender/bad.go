package chirender

import (
	"net/http"

	"example.com/store"

	"github.com/go-chi/render"
)

// The documented pattern: 204 chosen with render.Status, then a body.
func remove(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if err := db.Delete(r.Context(), 1); err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
	render.Status(r, http.StatusNoContent)
	render.JSON(w, r, render.M{"deleted": true}) // want `body written after 204 \(http.StatusNoContent\), which cannot have one; drop the body or send 200`
}

// 304 with a body.
func notModified(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("If-None-Match") == `"v1"` {
		render.Status(r, http.StatusNotModified)
		render.PlainText(w, r, "not modified") // want `body written after 304 .*, which cannot have one`
		return
	}
}

// render.NoContent wrote 204 at once; a body after it.
func afterNoContent(w http.ResponseWriter, r *http.Request) {
	render.NoContent(w, r)
	render.Data(w, r, []byte("done")) // want `body written after 204`
}
