package chirender

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

// Location first.
func movedRight(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/v2")
	render.Status(r, http.StatusFound)
	render.PlainText(w, r, "moved to /v2")
}

// render.Status only records the status: Location set after it, before the
// write, goes out with the redirect.
func locationAfterStatus(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusPermanentRedirect)
	w.Header().Set("Location", "/v2")
	render.PlainText(w, r, "moved to /v2")
}

// 303 after a POST, and http.Redirect, which sets Location.
func goodRoutes(m *chi.Mux) {
	m.Post("/items", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "/items/1")
		render.Status(r, http.StatusSeeOther)
		render.JSON(w, r, render.M{"id": 1})
	})
	m.Get("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/new", http.StatusMovedPermanently)
	})
}

// 304 is not a redirect.
func notModified(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusNotModified)
	render.Data(w, r, nil)
}
