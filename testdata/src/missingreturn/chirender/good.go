package chirender

import (
	"log"
	"net/http"

	"example.com/renderhelp"
	"example.com/store"

	"github.com/go-chi/render"
)

// A return after the error response.
func createReturns(w http.ResponseWriter, r *http.Request) {
	var in itemRequest
	if err := render.Bind(r, &in); err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, in)
}

// Logging between the write and the return.
func logged(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, err := db.List(r.Context())
	if err != nil {
		renderhelp.Error(w, r, http.StatusInternalServerError, err)
		log.Printf("list: %v", err)
		return
	}
	render.JSON(w, r, items)
}

// An else makes the later write unreachable from the error.
func elseBranch(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if items, err := db.List(r.Context()); err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, render.M{"error": err.Error()})
	} else {
		render.JSON(w, r, items)
	}
}

// The error response is the last thing on its path.
func last(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if err := db.Create(r.Context(), &store.Item{}); err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.PlainText(w, r, err.Error())
	}
}

// The status chosen in a variable, written once.
func statusVar(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, err := db.List(r.Context())
	status := http.StatusOK
	if err != nil {
		status = http.StatusServiceUnavailable
	}
	render.Status(r, status)
	render.JSON(w, r, items)
}

// chi's own pattern: render.Render with an error payload, then return.
func viaRenderer(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, err := db.List(r.Context())
	if err != nil {
		render.Render(w, r, &errPayload{status: http.StatusInternalServerError})
		return
	}
	render.JSON(w, r, items)
}

type errPayload struct{ status int }

func (e *errPayload) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, e.status)
	return nil
}
