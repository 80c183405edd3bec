package chirender

import (
	"net/http"

	"example.com/renderhelp"
	"example.com/store"

	"github.com/go-chi/render"
)

// The documented pattern: no render.Status before render.JSON, so render
// sends 200 with the error inside.
func implicit(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, err := db.List(r.Context())
	if err != nil {
		render.JSON(w, r, map[string]string{"error": err.Error()}) // want `error response sent with implicit status 200`
		return
	}
	render.JSON(w, r, items)
}

// The error text as plain text, still 200.
func implicitPlainText(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		render.PlainText(w, r, err.Error()) // want `error response sent with implicit status 200`
		return
	}
}

// An explicit 200 with a body that says it failed.
func explicit(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		render.Status(r, http.StatusOK)
		render.JSON(w, r, render.M{"success": false, "error": "list failed"}) // want `error response sent with status 200 \(http.StatusOK\)`
		return
	}
}

// A lookup miss served as null with 200.
func notFound(w http.ResponseWriter, r *http.Request, db *store.DB) {
	it := db.Find(r.Context(), r.URL.Query().Get("name"))
	if it == nil {
		render.JSON(w, r, nil) // want `lookup miss answered with status 200 and an empty body`
		return
	}
	render.JSON(w, r, it)
}

// Through a helper that writes with render's implicit 200.
func viaHelper(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		renderhelp.OK(w, r, render.M{"error": err.Error()}) // want `error response sent with implicit status 200`
		return
	}
}
