package echov5

import (
	"net/http"

	echohelp "example.com/echo5help"
	"example.com/store"
	"github.com/labstack/echo/v5"
)

type handler struct{ db *store.DB }

// The explicit form: the error's text sent with 200.
func (h *handler) list(c *echo.Context) error {
	items, err := h.db.List(c.Request().Context())
	if err != nil {
		return c.String(http.StatusOK, err.Error()) // want `error response sent with status 200 \(http.StatusOK\); write the error's status instead, e.g. 500 \(http.StatusInternalServerError\)`
	}
	return c.JSON(http.StatusOK, items)
}

// An error-shaped body with 2xx, off any error path.
func (h *handler) quota(c *echo.Context) error {
	return c.JSON(http.StatusOK, echo.Map{"success": false, "message": "quota exceeded"}) // want `error response sent with status 200`
}

type createRequest struct {
	Name string `json:"name"`
}

// The origin names the status that fits: binding failed, 400.
func (h *handler) create(c *echo.Context) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return c.JSON(http.StatusOK, echo.Map{"error": err.Error()}) // want `error response sent with status 200 \(http.StatusOK\); write the error's status instead, e.g. 400 \(http.StatusBadRequest\)`
	}
	return c.JSON(http.StatusCreated, req)
}

// A lookup that found nothing, served as success.
func (h *handler) find(c *echo.Context) error {
	u := h.db.Find(c.Request().Context(), c.Param("name"))
	if u == nil {
		return c.JSON(http.StatusOK, nil) // want `lookup miss answered with status 200 and an empty body; write 404 \(http.StatusNotFound\) instead`
	}
	return c.JSON(http.StatusOK, u)
}

type ErrorResponse struct {
	Message string `json:"message"`
}

// A 201 carrying an error value.
func (h *handler) createItem(c *echo.Context) error {
	it := &store.Item{Name: c.FormValue("name")}
	if err := h.db.Create(c.Request().Context(), it); err != nil {
		return c.JSON(http.StatusCreated, ErrorResponse{Message: err.Error()}) // want `error response sent with status 201 \(http.StatusCreated\)`
	}
	return c.JSON(http.StatusCreated, it)
}

// The store method can only fail with ErrNotFound (a fact): 404 fits.
func (h *handler) remove(c *echo.Context) error {
	if err := h.db.Delete(c.Request().Context(), 1); err != nil {
		return c.JSON(http.StatusOK, echo.Map{"error": err.Error()}) // want `e.g. 404 \(http.StatusNotFound\)`
	}
	return c.NoContent(http.StatusNoContent)
}

// Written straight to the response: no status, so 200 goes out with it.
func (h *handler) raw(c *echo.Context) error {
	if _, err := h.db.List(c.Request().Context()); err != nil {
		_, werr := c.Response().Write([]byte(err.Error())) // want `error response sent with implicit status 200: no status is written before the body; write the error's status first, e.g. c.NoContent\(http.StatusInternalServerError\)`
		return werr
	}
	return nil
}

// Through a helper of another package that takes the status.
func (h *handler) viaHelper(c *echo.Context) error {
	if _, err := h.db.List(c.Request().Context()); err != nil {
		return echohelp.JSON(c, http.StatusOK, echo.Map{"error": err.Error()}) // want `error response sent with status 200`
	}
	return nil
}

// Closures registered on the router, and a group.
func routes(e *echo.Echo, db *store.DB) {
	e.GET("/items", func(c *echo.Context) error {
		if _, err := db.List(c.Request().Context()); err != nil {
			return c.JSON(http.StatusOK, echo.Map{"error": err.Error()}) // want `error response sent with status 200`
		}
		return nil
	})
	g := e.Group("/v2")
	g.GET("/items", func(ctx *echo.Context) error {
		if _, err := db.List(ctx.Request().Context()); err != nil {
			return ctx.XML(http.StatusAccepted, ErrorResponse{Message: err.Error()}) // want `error response sent with status 202`
		}
		return nil
	})
}

// A constructor returning the handler.
func listHandler(db *store.DB) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if _, err := db.List(c.Request().Context()); err != nil {
			return c.JSONPretty(http.StatusOK, echo.Map{"error": err.Error()}, "  ") // want `error response sent with status 200`
		}
		return nil
	}
}
