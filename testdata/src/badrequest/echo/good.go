package echo

import (
	"errors"
	"net/http"
	"strconv"

	"example.com/store"
	"github.com/labstack/echo/v4"
)

// 400 for malformed input is right.
func (h *handler) malformed(c echo.Context) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	if _, err := strconv.Atoi(c.Param("id")); err != nil {
		return c.String(http.StatusBadRequest, "bad id")
	}
	return nil
}

// 409 and 422 where they fit.
func (h *handler) right(c echo.Context) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return echo.ErrBadRequest
	}
	if err := c.Validate(&req); err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
	}
	switch err := h.db.Create(c.Request().Context(), &store.Item{}); {
	case errors.Is(err, store.ErrDuplicate):
		return echo.ErrConflict
	case errors.Is(err, store.ErrNotFound):
		return c.JSON(http.StatusNotFound, echo.Map{"error": "not found"})
	}
	return nil
}

// A 400 for an error the model cannot trace.
func (h *handler) untraced(c echo.Context, check func() error) error {
	if err := check(); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return nil
}

// A message that is not about a conflict.
func (h *handler) message(c echo.Context) error {
	if c.FormValue("name") == "" {
		return c.String(http.StatusBadRequest, "name is required")
	}
	return nil
}

// "already exists" with a status that is not 400.
func (h *handler) existsRight(c echo.Context) error {
	if existing := h.db.Find(c.Request().Context(), c.FormValue("email")); existing != nil {
		return c.String(http.StatusConflict, "user already exists")
	}
	return nil
}

// The duplicate is checked, but the 400 is for a different, later error.
func goodRoutes(e *echo.Echo, db *store.DB) {
	e.POST("/later", func(c echo.Context) error {
		if err := db.Create(c.Request().Context(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
			return echo.NewHTTPError(http.StatusConflict, "taken")
		}
		if _, err := strconv.Atoi(c.FormValue("n")); err != nil {
			return echo.ErrBadRequest
		}
		return nil
	})
}

// The binder's own 400: malformed input.
func (h *handler) bindFailed(c echo.Context) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return echo.ErrBadRequest
	}
	return c.JSON(http.StatusCreated, req)
}

// The store returns either sentinel: no single origin.
func (h *handler) rename(c echo.Context) error {
	if err := h.db.Rename(c.Request().Context(), 1, c.FormValue("name")); err != nil {
		return c.JSON(http.StatusBadRequest, echo.Map{"error": err.Error()})
	}
	return nil
}

// A lookup miss answered with 404, a duplicate with the predeclared 409.
func (h *handler) lookupThenCreate(c echo.Context) error {
	if h.db.Find(c.Request().Context(), c.Param("name")) == nil {
		return echo.ErrNotFound
	}
	if err := h.db.Create(c.Request().Context(), &store.Item{}); err == store.ErrDuplicate {
		return echo.ErrConflict
	}
	return nil
}

// The returned error's message names no conflict, or the status is 409.
func (h *handler) httpErrorOther(c echo.Context) error {
	if existing := h.db.Find(c.Request().Context(), c.FormValue("email")); existing == nil {
		return echo.NewHTTPError(http.StatusBadRequest, "email is required")
	}
	if existing := h.db.Find(c.Request().Context(), c.FormValue("name")); existing != nil {
		return echo.NewHTTPError(http.StatusConflict, "name already taken")
	}
	return nil
}
