package pocketbase

import (
	"bytes"
	"encoding/json"
	"net/http"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

// Encode first, then choose the status.
func (h *handler) createRight(c *core.RequestEvent) error {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(item{}); err != nil {
		return apis.NewApiError(http.StatusInternalServerError, "encoding failed", nil)
	}
	return c.Blob(http.StatusCreated, "application/json", buf.Bytes())
}

// One status per path.
func (h *handler) branches(c *core.RequestEvent) error {
	if c.Request.URL.Query().Get("x") != "" {
		return c.NoContent(http.StatusNoContent)
	}
	return c.String(http.StatusOK, "x")
}

func (h *handler) switchCases(c *core.RequestEvent) error {
	switch c.Request.Method {
	case http.MethodGet:
		return c.NoContent(http.StatusOK)
	case http.MethodDelete:
		return c.NoContent(http.StatusNoContent)
	default:
		c.Response.Header().Set("Allow", "GET, DELETE")
		return apis.NewApiError(http.StatusMethodNotAllowed, "", nil)
	}
}

// An error response without return on some paths: missingreturn's finding.
func (h *handler) missingReturn(c *core.RequestEvent) error {
	if c.Request.URL.Query().Get("id") == "" {
		c.JSON(http.StatusBadRequest, map[string]any{"error": "missing id"})
	}
	return c.NoContent(http.StatusOK)
}

// 103 Early Hints is sent at once; the final status follows.
func (h *handler) earlyHints(c *core.RequestEvent) error {
	c.Response.Header().Add("Link", "</style.css>; rel=preload; as=style")
	c.Response.WriteHeader(http.StatusEarlyHints)
	return c.HTML(http.StatusOK, "<html>")
}

// Body writes after one status.
func (h *handler) stream(c *core.RequestEvent, lines []string) error {
	c.Response.WriteHeader(http.StatusOK)
	for _, l := range lines {
		c.Response.Write([]byte(l + "\n"))
		c.Flush()
	}
	return nil
}

// The error of the write itself is returned: pocketbase sees the response was
// committed and writes nothing more.
func (h *handler) writeError(c *core.RequestEvent) error {
	if err := c.JSON(http.StatusOK, item{}); err != nil {
		return err
	}
	return nil
}

// A helper that answers on some paths only tells its caller by its result.
func (h *handler) guarded(c *core.RequestEvent) error {
	if !pbhelp.Authorize(c) {
		return nil
	}
	return c.NoContent(http.StatusOK)
}

// The response went to the next handler first: the model cannot see it.
func logging(next func(*core.RequestEvent) error) func(*core.RequestEvent) error {
	return func(c *core.RequestEvent) error {
		if err := next(c); err != nil {
			router.ErrorHandler(c.Response, c.Request, err)
		}
		return nil
	}
}

// Deferred writes are not on the handler's path.
func (h *handler) deferred(c *core.RequestEvent) error {
	defer func() {
		if recover() != nil {
			c.NoContent(http.StatusInternalServerError)
		}
	}()
	return c.NoContent(http.StatusOK)
}

// A local closure, called on exclusive paths.
func (h *handler) closureOnce(c *core.RequestEvent) error {
	fail := func(code int) error {
		return c.String(code, http.StatusText(code))
	}
	if c.Request.URL.Query().Get("x") != "" {
		return fail(http.StatusBadRequest)
	}
	return c.NoContent(http.StatusOK)
}

// A status in a loop that leaves after writing it.
func (h *handler) firstMatch(c *core.RequestEvent, codes []int) error {
	for _, code := range codes {
		if code != 0 {
			c.NoContent(http.StatusAccepted)
			break
		}
	}
	return nil
}
