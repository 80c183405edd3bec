package pocketbase

import (
	"net/http"
	"strconv"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

// Named statuses.
func (h *handler) named(c *core.RequestEvent) error {
	if c.Request.Method != http.MethodGet {
		return apis.NewApiError(http.StatusMethodNotAllowed, "", nil)
	}
	return c.NoContent(http.StatusOK)
}

// Numbers in range: the literal mode is off.
func (h *handler) numbers(c *core.RequestEvent) error {
	if c.Request.URL.Path == "/gone" {
		return c.NoContent(410)
	}
	return apis.NewApiError(404, "not found", nil)
}

// The bounds, and codes net/http does not name.
func (h *handler) bounds(c *core.RequestEvent) error {
	switch c.Request.URL.Path {
	case "/a":
		return c.NoContent(100)
	case "/b":
		return c.NoContent(599)
	case "/c":
		return c.String(499, "client closed request")
	}
	return nil
}

// Statuses computed at run time.
func (h *handler) runtimeStatus(c *core.RequestEvent, code int) error {
	n, _ := strconv.Atoi(c.Request.URL.Query().Get("status"))
	if n != 0 {
		return c.NoContent(n)
	}
	return apis.NewApiError(code, "", nil)
}

// Big numbers that never reach a status write.
func (h *handler) notStatus(c *core.RequestEvent) error {
	c.Response.Header().Set("X-Limit", strconv.Itoa(9999))
	return c.JSON(http.StatusOK, map[string]any{"limit": 2000})
}

// 0 as "not chosen yet", replaced before the write.
func (h *handler) sentinelZero(c *core.RequestEvent) error {
	statusCode := 0
	if c.Request.URL.Query().Get("created") != "" {
		statusCode = http.StatusCreated
	}
	if statusCode == 0 {
		statusCode = http.StatusOK
	}
	return c.NoContent(statusCode)
}

// The code of an error that came from elsewhere.
func (h *handler) errorCode(c *core.RequestEvent, err error) error {
	if he, ok := err.(*router.ApiError); ok {
		return c.JSON(he.Status, he.Message)
	}
	return nil
}

// A bad status assigned, then overwritten before the write.
func (h *handler) overwritten(c *core.RequestEvent) error {
	status := 2000
	_ = status
	status = http.StatusAccepted
	return c.NoContent(status)
}

// 103 Early Hints, then the final status.
func (h *handler) earlyHints(c *core.RequestEvent) error {
	c.Response.WriteHeader(http.StatusEarlyHints)
	return c.HTML(http.StatusOK, "<html>")
}

// A closure writing a good status, and a deferred write.
func (h *handler) goodClosure(c *core.RequestEvent) error {
	ok := func() error { return c.NoContent(http.StatusNoContent) }
	return ok()
}

func (h *handler) deferred(c *core.RequestEvent) error {
	defer c.NoContent(http.StatusOK)
	return nil
}

// A JSON body that carries numbers, not statuses.
func goodRoutes(se *core.ServeEvent) {
	se.Router.GET("/limits", func(c *core.RequestEvent) error {
		return c.JSON(http.StatusOK, map[string]any{"max": 5000, "code": 1042})
	})
}
