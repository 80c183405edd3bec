package echov5

import (
	"bytes"
	"encoding/json"
	"net/http"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

// Encode first, then choose the status.
func (h *handler) createRight(c *echo.Context) error {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(item{}); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "encoding failed")
	}
	return c.JSONBlob(http.StatusCreated, buf.Bytes())
}

// One status per path.
func (h *handler) branches(c *echo.Context) error {
	if c.QueryParam("x") != "" {
		return c.NoContent(http.StatusNoContent)
	}
	return c.String(http.StatusOK, "x")
}

func (h *handler) switchCases(c *echo.Context) error {
	switch c.Request().Method {
	case http.MethodGet:
		return c.NoContent(http.StatusOK)
	case http.MethodDelete:
		return c.NoContent(http.StatusNoContent)
	default:
		c.Response().Header().Set(echo.HeaderAllow, "GET, DELETE")
		return echo.ErrMethodNotAllowed
	}
}

// An error response without return on some paths: missingreturn's finding.
func (h *handler) missingReturn(c *echo.Context) error {
	if c.QueryParam("id") == "" {
		c.JSON(http.StatusBadRequest, echo.Map{"error": "missing id"})
	}
	return c.NoContent(http.StatusOK)
}

// 103 Early Hints is sent at once; the final status follows.
func (h *handler) earlyHints(c *echo.Context) error {
	c.Response().Header().Add("Link", "</style.css>; rel=preload; as=style")
	c.Response().WriteHeader(http.StatusEarlyHints)
	return c.HTML(http.StatusOK, "<html>")
}

// Body writes after one status.
func (h *handler) stream(c *echo.Context, lines []string) error {
	c.Response().WriteHeader(http.StatusOK)
	for _, l := range lines {
		c.Response().Write([]byte(l + "\n"))
		http.NewResponseController(c.Response()).Flush()
	}
	return nil
}

// The error of the write itself is returned: echo sees the response is
// committed and writes nothing more.
func (h *handler) writeError(c *echo.Context) error {
	if err := c.JSON(http.StatusOK, item{}); err != nil {
		return err
	}
	return nil
}

// A helper that answers on some paths only tells its caller by its result.
func (h *handler) guarded(c *echo.Context) error {
	if !echohelp.Authorize(c) {
		return nil
	}
	return c.NoContent(http.StatusOK)
}

// The response went to the next handler first: the model cannot see it.
func logging(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if err := next(c); err != nil {
			c.Echo().HTTPErrorHandler(c, err)
		}
		return nil
	}
}

// Deferred writes are not on the handler's path.
func (h *handler) deferred(c *echo.Context) error {
	defer func() {
		if recover() != nil {
			c.NoContent(http.StatusInternalServerError)
		}
	}()
	return c.NoContent(http.StatusOK)
}

// A local closure, called on exclusive paths.
func (h *handler) closureOnce(c *echo.Context) error {
	fail := func(code int) error {
		return c.String(code, http.StatusText(code))
	}
	if c.QueryParam("x") != "" {
		return fail(http.StatusBadRequest)
	}
	return c.NoContent(http.StatusOK)
}

// A status in a loop that leaves after writing it.
func (h *handler) firstMatch(c *echo.Context, codes []int) error {
	for _, code := range codes {
		if code != 0 {
			c.NoContent(http.StatusAccepted)
			break
		}
	}
	return nil
}
