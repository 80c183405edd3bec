package chirender

import (
	"net/http"

	"example.com/store"

	"github.com/go-chi/render"
)

// render.Status only records the status: a header set after it and before
// render.JSON goes out with the response.
func create201(w http.ResponseWriter, r *http.Request, db *store.DB) {
	it := &store.Item{Name: r.FormValue("name")}
	render.Status(r, http.StatusCreated)
	w.Header().Set("Location", "/items/1")
	render.JSON(w, r, it)
}

// Headers first.
func headersFirst(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	render.PlainText(w, r, "hello")
}

// The status changed twice before anything is written.
func statusTwice(w http.ResponseWriter, r *http.Request, db *store.DB) {
	render.Status(r, http.StatusAccepted)
	if _, err := db.List(r.Context()); err != nil {
		render.Status(r, http.StatusServiceUnavailable)
		w.Header().Set("Retry-After", "30")
	}
	render.JSON(w, r, render.M{"queued": true})
}

// Trailers declared up front are set after the body on purpose.
func trailer(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Trailer", "X-Checksum")
	render.Data(w, r, []byte("payload"))
	w.Header().Set("X-Checksum", "abc")
}
