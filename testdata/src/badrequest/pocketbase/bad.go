package pocketbase

import (
	"errors"
	"net/http"

	"example.com/store"
	"github.com/go-playground/validator/v10"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

type createRequest struct {
	Email string `json:"email" validate:"required,email"`
}

func (r createRequest) Validate() error { return nil }

var validate = validator.New()

type handler struct{ db *store.DB }

// A switch on the error: the duplicate answered with 400.
func (h *handler) create(c *core.RequestEvent) error {
	var req createRequest
	if err := c.BindBody(&req); err != nil {
		return apis.NewApiError(http.StatusBadRequest, err.Error(), nil)
	}
	err := h.db.Create(c.Request.Context(), &store.Item{Name: req.Email})
	switch {
	case errors.Is(err, store.ErrDuplicate):
		return c.JSON(http.StatusBadRequest, map[string]any{"error": "email taken"}) // want `400 \(http.StatusBadRequest\) for a conflict \(store.ErrDuplicate\); use 409 \(http.StatusConflict\)`
	case errors.Is(err, store.ErrNotFound):
		return apis.NewNotFoundError("", nil)
	case err != nil:
		return apis.NewInternalServerError("", nil)
	}
	return c.JSON(http.StatusCreated, req)
}

// A version mismatch, returned for the framework to write.
func (h *handler) update(c *core.RequestEvent) error {
	if err := h.db.Update(c.Request.Context(), &store.Item{}); err == store.ErrVersionMismatch {
		return apis.NewApiError(http.StatusBadRequest, "stale", nil) // want `400 .* for a conflict \(store.ErrVersionMismatch\); use 409`
	}
	return c.NoContent(http.StatusNoContent)
}

// The predeclared 400.
func (h *handler) duplicate(c *core.RequestEvent) error {
	if err := h.db.Create(c.Request.Context(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
		return apis.NewBadRequestError("", nil) // want `400 .* for a conflict \(store.ErrDuplicate\)`
	}
	return nil
}

// go-playground/validator after a successful bind.
func (h *handler) validatorStruct(c *core.RequestEvent) error {
	var req createRequest
	if err := c.BindBody(&req); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]any{"error": err.Error()})
	}
	if err := validate.Struct(req); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]any{"error": err.Error()}) // want `400 \(http.StatusBadRequest\) for a well-formed request that failed validation \(validating the request\); use 422 \(http.StatusUnprocessableEntity\)`
	}
	return nil
}

// The context's validator.
func (h *handler) contextValidate(c *core.RequestEvent) error {
	var req createRequest
	if err := c.BindBody(&req); err != nil {
		return err
	}
	if err := req.Validate(); err != nil {
		return apis.NewApiError(http.StatusBadRequest, err.Error(), nil) // want `failed validation .*; use 422`
	}
	return nil
}

// The handler says it is a conflict itself.
func (h *handler) existsMessage(c *core.RequestEvent) error {
	if existing := h.db.Find(c.Request.Context(), c.Request.FormValue("email")); existing != nil {
		return c.String(http.StatusBadRequest, "user already exists") // want `400 .* for a conflict \("user already exists"\); use 409`
	}
	return nil
}

type pgError struct{ Code string }

func (e *pgError) Error() string { return e.Code }

// A unique violation from the driver, on a router closure.
func routes(se *core.ServeEvent, db *store.DB) {
	se.Router.POST("/items", func(c *core.RequestEvent) error {
		err := db.Create(c.Request.Context(), &store.Item{})
		var pgErr *pgError
		if errors.As(err, &pgErr) && pgErr.Code == "23505" {
			return c.NoContent(400) // want `400 .* for a conflict .*; use 409`
		}
		return nil
	})
}

// The status kept in a variable.
func (h *handler) statusVar(c *core.RequestEvent) error {
	status := http.StatusCreated
	if err := h.db.Create(c.Request.Context(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
		status = http.StatusBadRequest // want `400 .* for a conflict`
	}
	return c.NoContent(status)
}
