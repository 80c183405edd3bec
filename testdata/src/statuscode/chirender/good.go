package chirender

import (
	"net/http"

	"github.com/go-chi/render"
)

// Constants in range, including ones net/http has no name for.
func inRange(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusTeapot)
	if r.URL.Query().Has("custom") {
		render.Status(r, 599)
	}
	render.JSON(w, r, render.M{"ok": true})
}

// A status the model cannot know.
func fromCaller(w http.ResponseWriter, r *http.Request, code int) {
	render.Status(r, code)
	render.PlainText(w, r, "x")
}
