package pocketbase

import (
	"net/http"
	"strconv"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/core"
)

func (h *handler) before(c *core.RequestEvent) error {
	c.Response.Header().Set("Location", "/items/1")
	return c.NoContent(http.StatusCreated)
}

// Declared trailers are set after the body.
func (h *handler) declaredTrailer(c *core.RequestEvent) error {
	c.Response.Header().Set("Trailer", "X-Checksum")
	c.Response.Write([]byte("data"))
	c.Response.Header().Set("X-Checksum", "abc")
	return nil
}

// Undeclared trailers use the prefix.
func (h *handler) prefixTrailer(c *core.RequestEvent) error {
	c.Response.Write([]byte("data"))
	c.Response.Header().Set(http.TrailerPrefix+"X-Sum", "abc")
	return nil
}

// A middleware sets headers after the next handler ran: it cannot see
// whether the response was written.
func serverHeader(next func(*core.RequestEvent) error) func(*core.RequestEvent) error {
	return func(c *core.RequestEvent) error {
		err := next(c)
		c.Response.Header().Set("X-Served-By", "mw")
		return err
	}
}

// A deferred call runs after the response is written.
func (h *handler) deferredHeader(c *core.RequestEvent) error {
	defer c.Response.Header().Set("X-Timing", "1ms")
	return c.String(http.StatusOK, "ok")
}

// The only earlier write is an error response the handler did not return
// from, on some paths: missingreturn's finding.
func (h *handler) afterMissingReturn(c *core.RequestEvent) error {
	id, err := strconv.Atoi(c.Request.PathValue("id"))
	if err != nil {
		c.JSON(http.StatusBadRequest, map[string]any{"error": "bad id"})
	}
	c.Response.Header().Set("X-Id", strconv.Itoa(id))
	return c.String(http.StatusOK, "ok")
}

// 103 Early Hints: the final status and its headers are still to come.
func (h *handler) earlyHints(c *core.RequestEvent) error {
	c.Response.Header().Add("Link", "</style.css>; rel=preload; as=style")
	c.Response.WriteHeader(http.StatusEarlyHints)
	c.Response.Header().Set("Content-Type", "text/html")
	return c.HTML(http.StatusOK, "<html>")
}

// A helper that answers on some paths only, checked.
func (h *handler) guarded(c *core.RequestEvent) error {
	if !pbhelp.Authorize(c) {
		return nil
	}
	c.Response.Header().Set("Content-Type", "text/plain")
	return c.String(http.StatusOK, "secret")
}

// Headers set in the else of the write.
func (h *handler) exclusive(c *core.RequestEvent) error {
	if c.Request.Method == http.MethodHead {
		return c.NoContent(http.StatusOK)
	}
	c.Response.Header().Set("Cache-Control", "no-cache")
	return c.String(http.StatusOK, "body")
}

// A header set by a helper of another package, before the write.
func (h *handler) viaHelper(c *core.RequestEvent) error {
	pbhelp.SetLocation(c, "1")
	return c.JSON(http.StatusCreated, nil)
}

// A header on another request's response.
func goodRoutes(se *core.ServeEvent) {
	se.Router.GET("/copy", func(c *core.RequestEvent) error {
		other := &core.RequestEvent{}
		other.Response.Header().Set("X-Other", "1")
		return c.String(http.StatusOK, "ok")
	})
}
