package chirender

import (
	"errors"
	"net/http"
	"strconv"

	"example.com/renderhelp"
	"example.com/store"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

// 400 for a body that does not bind or a parameter that does not parse.
func malformed(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	if err := render.Bind(r, &req); err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
	if _, err := strconv.Atoi(chi.URLParam(r, "id")); err != nil {
		render.Status(r, http.StatusBadRequest)
		render.PlainText(w, r, "bad id")
		return
	}
}

// 409 and 422 where they fit.
func right(w http.ResponseWriter, r *http.Request, db *store.DB) {
	var req createRequest
	if err := render.DecodeJSON(r.Body, &req); err != nil {
		renderhelp.Error(w, r, http.StatusBadRequest, err)
		return
	}
	if err := validate.Struct(req); err != nil {
		render.Status(r, http.StatusUnprocessableEntity)
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
	switch err := db.Create(r.Context(), &store.Item{}); {
	case errors.Is(err, store.ErrDuplicate):
		render.Status(r, http.StatusConflict)
		render.JSON(w, r, render.M{"error": "email taken"})
	case errors.Is(err, store.ErrNotFound):
		render.Status(r, http.StatusNotFound)
		render.JSON(w, r, render.M{"error": "no such list"})
	}
}

// A 400 for an error the model cannot trace.
func untraced(w http.ResponseWriter, r *http.Request, check func() error) {
	if err := check(); err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, render.M{"error": err.Error()})
	}
}

// A 400 whose message is not about a conflict.
func required(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("name") == "" {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, render.M{"error": "name is required"})
	}
}

// "already exists" with 409.
func existsRight(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if existing := db.Find(r.Context(), r.FormValue("email")); existing != nil {
		render.Status(r, http.StatusConflict)
		render.JSON(w, r, render.M{"error": "user already exists"})
		return
	}
}
