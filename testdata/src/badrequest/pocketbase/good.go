package pocketbase

import (
	"errors"
	"net/http"
	"strconv"

	"example.com/store"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

// 400 for malformed input is right.
func (h *handler) malformed(c *core.RequestEvent) error {
	var req createRequest
	if err := c.BindBody(&req); err != nil {
		return apis.NewApiError(http.StatusBadRequest, err.Error(), nil)
	}
	if _, err := strconv.Atoi(c.Request.PathValue("id")); err != nil {
		return c.String(http.StatusBadRequest, "bad id")
	}
	return nil
}

// 409 and 422 where they fit.
func (h *handler) right(c *core.RequestEvent) error {
	var req createRequest
	if err := c.BindBody(&req); err != nil {
		return apis.NewBadRequestError("", nil)
	}
	if err := req.Validate(); err != nil {
		return apis.NewApiError(http.StatusUnprocessableEntity, err.Error(), nil)
	}
	switch err := h.db.Create(c.Request.Context(), &store.Item{}); {
	case errors.Is(err, store.ErrDuplicate):
		return apis.NewApiError(http.StatusConflict, "", nil)
	case errors.Is(err, store.ErrNotFound):
		return c.JSON(http.StatusNotFound, map[string]any{"error": "not found"})
	}
	return nil
}

// A 400 for an error the model cannot trace.
func (h *handler) untraced(c *core.RequestEvent, check func() error) error {
	if err := check(); err != nil {
		return apis.NewApiError(http.StatusBadRequest, err.Error(), nil)
	}
	return nil
}

// A message that is not about a conflict.
func (h *handler) message(c *core.RequestEvent) error {
	if c.Request.FormValue("name") == "" {
		return c.String(http.StatusBadRequest, "name is required")
	}
	return nil
}

// "already exists" with a status that is not 400.
func (h *handler) existsRight(c *core.RequestEvent) error {
	if existing := h.db.Find(c.Request.Context(), c.Request.FormValue("email")); existing != nil {
		return c.String(http.StatusConflict, "user already exists")
	}
	return nil
}

// The duplicate is checked, but the 400 is for a different, later error.
func goodRoutes(se *core.ServeEvent, db *store.DB) {
	se.Router.POST("/later", func(c *core.RequestEvent) error {
		if err := db.Create(c.Request.Context(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
			return apis.NewApiError(http.StatusConflict, "taken", nil)
		}
		if _, err := strconv.Atoi(c.Request.FormValue("n")); err != nil {
			return apis.NewBadRequestError("", nil)
		}
		return nil
	})
}

// The binder's own 400: malformed input.
func (h *handler) bindFailed(c *core.RequestEvent) error {
	var req createRequest
	if err := c.BindBody(&req); err != nil {
		return apis.NewBadRequestError("", nil)
	}
	return c.JSON(http.StatusCreated, req)
}

// The store returns either sentinel: no single origin.
func (h *handler) rename(c *core.RequestEvent) error {
	if err := h.db.Rename(c.Request.Context(), 1, c.Request.FormValue("name")); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]any{"error": err.Error()})
	}
	return nil
}

// A lookup miss answered with 404, a duplicate with the predeclared 409.
func (h *handler) lookupThenCreate(c *core.RequestEvent) error {
	if h.db.Find(c.Request.Context(), c.Request.PathValue("name")) == nil {
		return apis.NewNotFoundError("", nil)
	}
	if err := h.db.Create(c.Request.Context(), &store.Item{}); err == store.ErrDuplicate {
		return apis.NewApiError(http.StatusConflict, "", nil)
	}
	return nil
}
