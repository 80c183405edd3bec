package chirender

import (
	"net/http"
	"strconv"

	"example.com/renderhelp"
	"example.com/store"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type itemRequest struct {
	Name string `json:"name"`
}

func (in *itemRequest) Bind(r *http.Request) error { return nil }

// The documented pattern: the bind error falls through to the success body.
func create(w http.ResponseWriter, r *http.Request, db *store.DB) {
	var in itemRequest
	if err := render.Bind(r, &in); err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, render.M{"error": err.Error()}) // want `render.JSON writes an error response but the handler goes on to write again; add a return after it`
	}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, in)
}

// An error body sent with render's implicit status, then the result.
func get(w http.ResponseWriter, r *http.Request, db *store.DB) {
	id, err := strconv.Atoi(chi.URLParam(r, "id"))
	if err != nil {
		render.PlainText(w, r, err.Error()) // want `render.PlainText writes an error response`
	}
	it, err := db.Get(r.Context(), id)
	if err != nil {
		renderhelp.Error(w, r, http.StatusNotFound, err) // want `renderhelp.Error writes an error response`
	}
	render.JSON(w, r, it)
}

// A 404 chosen with render.Status and a body that does not look like an
// error: the response is still an error, and the handler goes on.
func find(w http.ResponseWriter, r *http.Request, db *store.DB) {
	it := db.Find(r.Context(), r.URL.Query().Get("name"))
	if it == nil {
		render.Status(r, http.StatusNotFound)
		render.PlainText(w, r, "no such item") // want `render.PlainText writes an error response`
	}
	render.JSON(w, r, it)
}
