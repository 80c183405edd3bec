package chirender

import (
	"net/http"

	"example.com/renderhelp"
	"example.com/store"

	"github.com/go-chi/render"
)

// Retry-After first.
func limitedRight(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", "30")
	render.Status(r, http.StatusTooManyRequests)
	render.JSON(w, r, render.M{"error": "slow down"})
}

// render.Status only records the status: Retry-After set after it, before
// the helper writes, goes out with the 503.
func unavailableRight(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		render.Status(r, http.StatusServiceUnavailable)
		w.Header().Set("Retry-After", "120")
		render.PlainText(w, r, "maintenance")
		return
	}
}

// 500 needs no Retry-After.
func internal(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		renderhelp.Error(w, r, http.StatusInternalServerError, err)
	}
}
