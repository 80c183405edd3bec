package chirender

import (
	"net/http"

	"example.com/store"

	"github.com/go-chi/render"
)

// The documented pattern: render.JSON wrote the status and body, the
// Location set after it is dropped.
func create(w http.ResponseWriter, r *http.Request, db *store.DB) {
	it := &store.Item{Name: r.FormValue("name")}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, it)
	w.Header().Set("Location", "/items/1") // want `w.Header\(\).Set\("Location", ...\) after the status was written is ignored; set headers before w.WriteHeader or the first write`
}

// After render.NoContent, which writes 204 at once.
func remove(w http.ResponseWriter, r *http.Request, db *store.DB) {
	render.NoContent(w, r)
	w.Header().Set("X-Deleted", "1") // want `w.Header\(\).Set\("X-Deleted", ...\) after the status was written is ignored`
}

// After render.PlainText with render's implicit 200.
func hello(w http.ResponseWriter, r *http.Request) {
	render.PlainText(w, r, "hello")
	w.Header().Set("Cache-Control", "no-store") // want `w.Header\(\).Set\("Cache-Control", ...\) after the status was written is ignored`
}

// After render.Render: the payload's Render method ran, then the body left.
func rendered(w http.ResponseWriter, r *http.Request, v render.Renderer) {
	if err := render.Render(w, r, v); err != nil {
		return
	}
	w.Header().Set("X-Request-Id", "abc") // want `w.Header\(\).Set\("X-Request-Id", ...\) after the status was written is ignored`
}
