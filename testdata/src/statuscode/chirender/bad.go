package chirender

import (
	"net/http"

	"github.com/go-chi/render"
)

// The documented pattern: a status outside 100-599.
func tooBig(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 2000) // want `status 2000 is not an HTTP status code \(100–599\); use an http.Status constant`
	render.JSON(w, r, render.M{"ok": true})
}

// Through a variable.
func viaVar(w http.ResponseWriter, r *http.Request) {
	code := 42 // want `status 42 is not an HTTP status code`
	if r.URL.Query().Has("ok") {
		code = http.StatusOK
	}
	render.Status(r, code)
	render.PlainText(w, r, "x")
}
