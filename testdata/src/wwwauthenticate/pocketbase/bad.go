package pocketbase

import (
	"net/http"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

type handler struct{}

func (h *handler) profile(c *core.RequestEvent) error {
	if c.Request.Header.Get("Authorization") == "" {
		return apis.NewApiError(http.StatusUnauthorized, "", nil) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. c.Response.Header\(\).Set\("WWW-Authenticate", "Bearer"\)`
	}
	return c.String(http.StatusOK, "me")
}

func (h *handler) predeclared(c *core.RequestEvent) error {
	return apis.NewUnauthorizedError("", nil) // want `401 response without WWW-Authenticate header`
}

func (h *handler) literal(c *core.RequestEvent) error {
	return &router.ApiError{Status: http.StatusUnauthorized, Message: "login first"} // want `401 response without WWW-Authenticate header`
}

func (h *handler) rendered(c *core.RequestEvent) error {
	return c.JSON(http.StatusUnauthorized, map[string]any{"error": "unauthorized"}) // want `401 response without WWW-Authenticate header`
}

// Set in one branch only: not on every path.
func (h *handler) oneBranch(ctx *core.RequestEvent) error {
	if ctx.Request.URL.Query().Get("basic") != "" {
		ctx.Response.Header().Set("WWW-Authenticate", "Basic")
	}
	return ctx.NoContent(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. ctx.Response`
}

// The status kept in a variable.
func (h *handler) viaVariable(c *core.RequestEvent) error {
	status := http.StatusOK
	if c.Request.Header.Get("Authorization") == "" {
		status = http.StatusUnauthorized
	}
	return c.NoContent(status) // want `401 response without WWW-Authenticate header`
}

// Removed again before the write.
func (h *handler) deleted(c *core.RequestEvent) error {
	c.Response.Header().Set("WWW-Authenticate", "Bearer")
	c.Response.Header().Del("Www-Authenticate")
	return apis.NewUnauthorizedError("", nil) // want `401 response without WWW-Authenticate header`
}

// A helper of another package that takes the status.
func (h *handler) viaHelper(c *core.RequestEvent) error {
	return pbhelp.Error(c, http.StatusUnauthorized, "unauthorized") // want `401 response without WWW-Authenticate header`
}

// A helper of this package that writes a 401 on its own is reported inside it.
func unauthorized(c *core.RequestEvent) error {
	return c.String(http.StatusUnauthorized, "unauthorized") // want `401 response without WWW-Authenticate header`
}

func (h *handler) viaLocalHelper(c *core.RequestEvent) error {
	return unauthorized(c)
}

// A key-auth middleware, and a handler registered on a group.
func keyAuth(next func(*core.RequestEvent) error) func(*core.RequestEvent) error {
	return func(c *core.RequestEvent) error {
		if c.Request.Header.Get("X-API-Key") == "" {
			return apis.NewApiError(http.StatusUnauthorized, "missing key", nil) // want `401 response without WWW-Authenticate header`
		}
		return next(c)
	}
}

func routes(se *core.ServeEvent) {
	g := se.Router.Group("/admin")
	g.GET("/stats", func(c *core.RequestEvent) error {
		return c.JSON(http.StatusUnauthorized, nil) // want `401 response without WWW-Authenticate header`
	})
}
