package pocketbase

import (
	"net/http"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

func (h *handler) setFirst(c *core.RequestEvent) error {
	if c.Request.Method != http.MethodPost {
		c.Response.Header().Set("Allow", http.MethodPost)
		return c.NoContent(http.StatusMethodNotAllowed)
	}
	return nil
}

// Through a header variable, and through the map.
func (h *handler) headerVar(c *core.RequestEvent) error {
	hdr := c.Response.Header()
	hdr.Set("Allow", "GET, HEAD")
	return apis.NewApiError(http.StatusMethodNotAllowed, "", nil)
}

func (h *handler) mapIndex(c *core.RequestEvent) error {
	c.Response.Header()["Allow"] = []string{"GET"}
	return apis.NewApiError(http.StatusMethodNotAllowed, "", nil)
}

// Through the wrapped writer.
func (h *handler) viaWriter(c *core.RequestEvent) error {
	c.Response.Header().Set("Allow", "GET")
	return c.NoContent(http.StatusMethodNotAllowed)
}

// Set on every path before the join.
func (h *handler) everyPath(c *core.RequestEvent) error {
	if c.Request.URL.Path == "/a" {
		c.Response.Header().Set("Allow", "GET")
	} else {
		c.Response.Header().Set("Allow", "GET, POST")
	}
	return c.JSON(http.StatusMethodNotAllowed, map[string]any{"error": "method not allowed"})
}

// A helper of another package sets it.
func (h *handler) viaHelper2(c *core.RequestEvent) error {
	pbhelp.Allow(c, "GET, POST")
	return apis.NewApiError(http.StatusMethodNotAllowed, "", nil)
}

// Other statuses are not this rule's business.
func (h *handler) notImplemented(c *core.RequestEvent) error {
	return apis.NewApiError(http.StatusNotImplemented, "", nil)
}

// A status the model cannot name.
func (h *handler) fromTable(c *core.RequestEvent, statuses map[string]int) error {
	return c.NoContent(statuses[c.Request.Method])
}

// A middleware that answers 405 for the methods it knows.
func methods(allowed ...string) func(func(*core.RequestEvent) error) func(*core.RequestEvent) error {
	return func(next func(*core.RequestEvent) error) func(*core.RequestEvent) error {
		return func(c *core.RequestEvent) error {
			for _, m := range allowed {
				if m == c.Request.Method {
					return next(c)
				}
			}
			for _, m := range allowed {
				c.Response.Header().Add("Allow", m)
			}
			return apis.NewApiError(http.StatusMethodNotAllowed, "", nil)
		}
	}
}
