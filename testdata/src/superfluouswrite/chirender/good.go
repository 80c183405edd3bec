package chirender

import (
	"net/http"

	"example.com/store"

	"github.com/go-chi/render"
)

// render.Status only records the status: choosing again before the write
// is not a second status line.
func statusTwice(w http.ResponseWriter, r *http.Request, db *store.DB) {
	render.Status(r, http.StatusOK)
	items, err := db.List(r.Context())
	if err != nil {
		render.Status(r, http.StatusServiceUnavailable)
	}
	render.JSON(w, r, items)
}

// One status per path.
func onePerPath(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, err := db.List(r.Context())
	if err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
	render.JSON(w, r, items)
}

// chi's own pattern: when render.Render fails, nothing was written, and the
// error payload is rendered instead.
func renderFailed(w http.ResponseWriter, r *http.Request, v render.Renderer) {
	if err := render.Render(w, r, v); err != nil {
		render.Render(w, r, &errPayload{status: http.StatusUnprocessableEntity})
		return
	}
}

type errPayload struct{ status int }

func (e *errPayload) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, e.status)
	return nil
}

// The same with the status chosen by the handler.
func renderFailedStatus(w http.ResponseWriter, r *http.Request, v render.Renderer) {
	if err := render.Render(w, r, v); err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.PlainText(w, r, err.Error())
	}
}
