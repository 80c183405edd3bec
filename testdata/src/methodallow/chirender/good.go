package chirender

import (
	"errors"
	"net/http"

	"example.com/auth"
	"example.com/renderhelp"

	"github.com/go-chi/render"
)

var errMethod = errors.New("method not allowed")

// Allow set before the status.
func allowFirst(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		render.Status(r, http.StatusMethodNotAllowed)
		render.JSON(w, r, render.M{"error": "method not allowed"})
		return
	}
}

// render.Status only records the status: Allow set after it, before
// render.JSON writes, still goes out with the 405.
func allowAfterStatus(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPut {
		render.Status(r, http.StatusMethodNotAllowed)
		w.Header().Set("Allow", "GET, PUT")
		render.JSON(w, r, render.M{"error": "method not allowed"})
		return
	}
}

// Through the header map and through a helper in another package.
func allowHelpers(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		render.JSON(w, r, render.M{"ok": true})
	case http.MethodHead:
		h := w.Header()
		h["Allow"] = []string{"GET"}
		render.Status(r, http.StatusMethodNotAllowed)
		render.NoContent(w, r)
	default:
		auth.Allow(w, http.MethodGet)
		renderhelp.Error(w, r, http.StatusMethodNotAllowed, errMethod)
	}
}
