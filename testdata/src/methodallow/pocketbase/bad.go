package pocketbase

import (
	"net/http"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

type handler struct{}

func (h *handler) create(c *core.RequestEvent) error {
	if c.Request.Method != http.MethodPost {
		return c.NoContent(http.StatusMethodNotAllowed) // want `405 response without Allow header; set it to the allowed methods first, e\.g\. c\.Response\.Header\(\)\.Set\("Allow", "POST"\)`
	}
	return nil
}

// Returned for the framework to write, as a constructor call and as the
// predeclared error.
func (h *handler) viaHTTPError(c *core.RequestEvent) error {
	if c.Request.Method != http.MethodGet {
		return apis.NewApiError(http.StatusMethodNotAllowed, "method not allowed", nil) // want `405 response without Allow header`
	}
	return nil
}

func (h *handler) predeclared(ctx *core.RequestEvent) error {
	return apis.NewApiError(http.StatusMethodNotAllowed, "", nil) // want `405 response without Allow header; set it to the allowed methods first, e.g. ctx.Response.Header\(\).Set\("Allow", "GET, HEAD"\)`
}

// Allow set in one branch of an if, 405 written after the join.
func (h *handler) oneBranch(c *core.RequestEvent) error {
	if c.Request.Method == http.MethodPut {
		c.Response.Header().Set("Allow", "GET, HEAD")
	}
	return c.JSON(http.StatusMethodNotAllowed, map[string]any{"error": "method not allowed"}) // want `405 response without Allow header`
}

// A helper that takes the status and never sets Allow.
func (h *handler) viaHelper(c *core.RequestEvent) error {
	return pbhelp.Error(c, http.StatusMethodNotAllowed, "method not allowed") // want `405 response without Allow header`
}

// A method switch in a router closure.
func routes(se *core.ServeEvent) {
	se.Router.Any("/items", func(c *core.RequestEvent) error {
		switch c.Request.Method {
		case http.MethodGet:
			return c.String(http.StatusOK, "ok")
		default:
			return c.String(http.StatusMethodNotAllowed, "method not allowed") // want `405 response without Allow header`
		}
	})
}
