package echov5

import (
	"errors"
	"net/http"

	"example.com/store"
	"github.com/labstack/echo/v5"
)

var defaults = []store.Item{{Name: "default"}}

// A cache miss falls back to a default and serves it.
func (h *handler) cacheMiss(c *echo.Context) error {
	items, err := h.db.Cached(c.Request().Context(), "items")
	if err != nil {
		items = defaults
		return c.JSON(http.StatusOK, items)
	}
	return c.JSON(http.StatusOK, items)
}

var errNotModified = errors.New("not modified")

func (h *handler) notModified(c *echo.Context, check func() error) error {
	if err := check(); errors.Is(err, errNotModified) {
		return c.NoContent(http.StatusNotModified)
	}
	return c.String(http.StatusOK, "fresh")
}

// The error's own status.
func (h *handler) rightStatus(c *echo.Context) error {
	if _, err := h.db.List(c.Request().Context()); err != nil {
		return c.JSON(http.StatusInternalServerError, echo.Map{"error": err.Error()})
	}
	return nil
}

// The error returned for the framework to write, as an HTTPError or plainly.
func (h *handler) httpError(c *echo.Context) error {
	if _, err := h.db.List(c.Request().Context()); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, err.Error())
	}
	items, err := h.db.Cached(c.Request().Context(), "k")
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, items)
}

// {"error": null} on a success response.
func (h *handler) nullError(c *echo.Context) error {
	items, _ := h.db.List(c.Request().Context())
	return c.JSON(http.StatusOK, echo.Map{"data": items, "error": nil})
}

// The status depends on the path: one of them is not a 2xx.
func (h *handler) mixed(c *echo.Context) error {
	_, err := h.db.List(c.Request().Context())
	code := http.StatusOK
	if c.QueryParam("strict") != "" {
		code = http.StatusInternalServerError
	}
	if err != nil {
		return c.String(code, err.Error())
	}
	return nil
}

// A status the model cannot see.
func (h *handler) unknownStatus(c *echo.Context, code int) error {
	if _, err := h.db.List(c.Request().Context()); err != nil {
		return c.String(code, err.Error())
	}
	return nil
}

// An empty result off any error path.
func (h *handler) emptyList(c *echo.Context) error {
	return c.JSON(http.StatusOK, nil)
}

// A 201 with a real result.
func (h *handler) created(c *echo.Context) error {
	it := &store.Item{Name: c.FormValue("name")}
	if err := h.db.Create(c.Request().Context(), it); err != nil {
		return c.JSON(http.StatusInternalServerError, ErrorResponse{Message: err.Error()})
	}
	c.Response().Header().Set(echo.HeaderLocation, "/items/1")
	return c.JSON(http.StatusCreated, it)
}

// Part of the stream went out: an error appended to it cannot change the
// status.
func (h *handler) stream(c *echo.Context) error {
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextPlain)
	c.Response().Write([]byte("items:\n"))
	if _, err := h.db.List(c.Request().Context()); err != nil {
		c.Response().Write([]byte(err.Error()))
	}
	return nil
}

// A health check in plain text.
func healthz(c *echo.Context) error {
	return c.String(http.StatusOK, "OK")
}

// The error handler: the status comes from the error.
func errorHandler(c *echo.Context, err error) {
	code := http.StatusInternalServerError
	var he *echo.HTTPError
	if errors.As(err, &he) {
		code = he.Code
	}
	c.JSON(code, echo.Map{"error": err.Error()})
}

func goodRoutes(e *echo.Echo, db *store.DB) {
	e.HTTPErrorHandler = errorHandler
	e.GET("/fallback", func(c *echo.Context) error {
		items, err := db.Cached(c.Request().Context(), "items")
		if err != nil {
			return c.JSON(http.StatusOK, defaults)
		}
		return c.JSON(http.StatusOK, items)
	})
}
