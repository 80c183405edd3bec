package chirender

import (
	"net/http"

	"example.com/renderhelp"
	"example.com/store"

	"github.com/go-chi/render"
)

// The documented pattern: 429 without Retry-After.
func limited(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusTooManyRequests) // want `429 .* without Retry-After header`
	render.JSON(w, r, render.M{"error": "slow down"})
}

// 503 through an error helper.
func unavailable(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		renderhelp.Error(w, r, http.StatusServiceUnavailable, err) // want `503 .* without Retry-After header`
		return
	}
}
