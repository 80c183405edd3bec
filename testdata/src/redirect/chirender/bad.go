package chirender

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

// The documented pattern: a 302 chosen with render.Status, no Location.
func moved(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusFound) // want `302 \(http.StatusFound\) redirect without Location header; set it to the target first`
	render.PlainText(w, r, "moved to /v2")
}

// A 301 after a POST: clients follow it with a GET.
func routes(m *chi.Mux) {
	m.Post("/items", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "/items/1")
		render.Status(r, http.StatusMovedPermanently) // want `301 \(http.StatusMovedPermanently\) redirect from a POST handler: clients follow it with a GET; send 303 \(http.StatusSeeOther\) to point them at the result, or 308`
		render.JSON(w, r, render.M{"id": 1})
	})
}
