package chirender

import (
	"errors"
	"net/http"

	"example.com/renderhelp"
	"example.com/store"

	"github.com/go-chi/render"
	"github.com/go-playground/validator/v10"
)

type createRequest struct {
	Email string `json:"email" validate:"required,email"`
}

func (c *createRequest) Bind(r *http.Request) error { return nil }

func (c *createRequest) Validate() error { return nil }

var validate = validator.New()

// A duplicate answered with 400.
func create(w http.ResponseWriter, r *http.Request, db *store.DB) {
	var req createRequest
	if err := render.Bind(r, &req); err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
	err := db.Create(r.Context(), &store.Item{Name: req.Email})
	switch {
	case errors.Is(err, store.ErrDuplicate):
		render.Status(r, http.StatusBadRequest) // want `400 \(http.StatusBadRequest\) for a conflict \(store.ErrDuplicate\); use 409 \(http.StatusConflict\)`
		render.JSON(w, r, render.M{"error": "email taken"})
	case err != nil:
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, render.M{"error": "internal"})
	}
}

// A version mismatch on update.
func update(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if err := db.Update(r.Context(), &store.Item{}); err == store.ErrVersionMismatch {
		render.Status(r, 400) // want `400 .* for a conflict \(store.ErrVersionMismatch\); use 409`
		render.PlainText(w, r, "stale")
	}
}

// Well-formed, but failed validation.
func validated(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	if err := render.DecodeJSON(r.Body, &req); err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
	if err := validate.Struct(req); err != nil {
		render.Status(r, http.StatusBadRequest) // want `400 \(http.StatusBadRequest\) for a well-formed request that failed validation \(validating the request\); use 422`
		render.JSON(w, r, render.M{"error": err.Error()})
		return
	}
	if err := req.Validate(); err != nil {
		renderhelp.Error(w, r, http.StatusBadRequest, err) // want `failed validation .*; use 422`
		return
	}
}

// The status kept in a variable.
func statusVar(w http.ResponseWriter, r *http.Request, db *store.DB) {
	status := http.StatusCreated
	if err := db.Create(r.Context(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
		status = http.StatusBadRequest // want `400 .* for a conflict`
	}
	render.Status(r, status)
	render.NoContent(w, r)
}

// The handler says it is a conflict itself, in the body render.JSON sends
// with the 400.
func existsMessage(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if existing := db.Find(r.Context(), r.FormValue("email")); existing != nil {
		render.Status(r, http.StatusBadRequest) // want `400 .* for a conflict \("user already exists"\); use 409`
		render.JSON(w, r, render.M{"error": "user already exists"})
		return
	}
}
