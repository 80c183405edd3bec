package chirender

import (
	"net/http"

	"example.com/renderhelp"

	"github.com/go-chi/render"
)

// The documented pattern: 405 without Allow.
func create(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		render.Status(r, http.StatusMethodNotAllowed) // want `405 response without Allow header`
		render.JSON(w, r, render.M{"error": "method not allowed"})
		return
	}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, render.M{"id": 1})
}

// Allow set on one path only.
func oneBranch(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("verbose") {
		w.Header().Set("Allow", http.MethodGet)
	}
	if r.Method != http.MethodGet {
		render.Status(r, 405) // want `405 response without Allow header`
		render.PlainText(w, r, "method not allowed")
		return
	}
}

// Through an error helper that never sets Allow.
func viaHelper(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodDelete {
		renderhelp.Error(w, r, http.StatusMethodNotAllowed, errMethod) // want `405 response without Allow header`
		return
	}
}
