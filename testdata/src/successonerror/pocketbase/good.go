package pocketbase

import (
	"errors"
	"net/http"

	"example.com/store"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

var defaults = []store.Item{{Name: "default"}}

// A cache miss falls back to a default and serves it.
func (h *handler) cacheMiss(c *core.RequestEvent) error {
	items, err := h.db.Cached(c.Request.Context(), "items")
	if err != nil {
		items = defaults
		return c.JSON(http.StatusOK, items)
	}
	return c.JSON(http.StatusOK, items)
}

var errNotModified = errors.New("not modified")

func (h *handler) notModified(c *core.RequestEvent, check func() error) error {
	if err := check(); errors.Is(err, errNotModified) {
		return c.NoContent(http.StatusNotModified)
	}
	return c.String(http.StatusOK, "fresh")
}

// The error's own status.
func (h *handler) rightStatus(c *core.RequestEvent) error {
	if _, err := h.db.List(c.Request.Context()); err != nil {
		return c.JSON(http.StatusInternalServerError, map[string]any{"error": err.Error()})
	}
	return nil
}

// The error returned for the framework to write, as an HTTPError or plainly.
func (h *handler) httpError(c *core.RequestEvent) error {
	if _, err := h.db.List(c.Request.Context()); err != nil {
		return apis.NewApiError(http.StatusInternalServerError, err.Error(), nil)
	}
	items, err := h.db.Cached(c.Request.Context(), "k")
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, items)
}

// {"error": null} on a success response.
func (h *handler) nullError(c *core.RequestEvent) error {
	items, _ := h.db.List(c.Request.Context())
	return c.JSON(http.StatusOK, map[string]any{"data": items, "error": nil})
}

// The status depends on the path: one of them is not a 2xx.
func (h *handler) mixed(c *core.RequestEvent) error {
	_, err := h.db.List(c.Request.Context())
	code := http.StatusOK
	if c.Request.URL.Query().Get("strict") != "" {
		code = http.StatusInternalServerError
	}
	if err != nil {
		return c.String(code, err.Error())
	}
	return nil
}

// A status the model cannot see.
func (h *handler) unknownStatus(c *core.RequestEvent, code int) error {
	if _, err := h.db.List(c.Request.Context()); err != nil {
		return c.String(code, err.Error())
	}
	return nil
}

// An empty result off any error path.
func (h *handler) emptyList(c *core.RequestEvent) error {
	return c.JSON(http.StatusOK, nil)
}

// A 201 with a real result.
func (h *handler) created(c *core.RequestEvent) error {
	it := &store.Item{Name: c.Request.FormValue("name")}
	if err := h.db.Create(c.Request.Context(), it); err != nil {
		return c.JSON(http.StatusInternalServerError, ErrorResponse{Message: err.Error()})
	}
	c.Response.Header().Set("Location", "/items/1")
	return c.JSON(http.StatusCreated, it)
}

// Part of the stream went out: an error appended to it cannot change the
// status.
func (h *handler) stream(c *core.RequestEvent) error {
	c.Response.Header().Set("Content-Type", "text/plain")
	c.Response.Write([]byte("items:\n"))
	if _, err := h.db.List(c.Request.Context()); err != nil {
		c.Response.Write([]byte(err.Error()))
	}
	return nil
}

// A health check in plain text.
func healthz(c *core.RequestEvent) error {
	return c.String(http.StatusOK, "OK")
}

// The error handler: the status comes from the error.
func errorHandler(c *core.RequestEvent, err error) {
	code := http.StatusInternalServerError
	var he *router.ApiError
	if errors.As(err, &he) {
		code = he.Status
	}
	c.JSON(code, map[string]any{"error": err.Error()})
}

func goodRoutes(se *core.ServeEvent, db *store.DB) {
	se.Router.BindFunc(func(c *core.RequestEvent) error {
		if err := c.Next(); err != nil {
			errorHandler(c, err)
		}
		return nil
	})
	se.Router.GET("/fallback", func(c *core.RequestEvent) error {
		items, err := db.Cached(c.Request.Context(), "items")
		if err != nil {
			return c.JSON(http.StatusOK, defaults)
		}
		return c.JSON(http.StatusOK, items)
	})
}
