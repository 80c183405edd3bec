package echov5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

// 200 with the body, or 204 without one.
func (h *handler) updateRight(c *echo.Context) error {
	return c.JSON(http.StatusOK, item{})
}

func (h *handler) deleted(c *echo.Context) error {
	return c.NoContent(http.StatusNoContent)
}

// An empty body.
func (h *handler) emptyBody(c *echo.Context) error {
	return c.JSON(http.StatusNoContent, nil)
}

// 304 on one path, a body on the other.
func (h *handler) conditional(c *echo.Context) error {
	if c.Request().Header.Get("If-None-Match") == `"v1"` {
		return c.NoContent(http.StatusNotModified)
	}
	c.Response().Header().Set("ETag", `"v1"`)
	return c.String(http.StatusOK, "data")
}

// The status is 204 on one path and 200 on the other.
func (h *handler) maybeEmpty(c *echo.Context, data []byte) error {
	status := http.StatusOK
	if len(data) == 0 {
		status = http.StatusNoContent
	}
	return c.Blob(status, echo.MIMEOctetStream, data)
}

// 103 Early Hints is informational: the body goes out with its own 200.
func (h *handler) earlyHints(c *echo.Context) error {
	c.Response().WriteHeader(http.StatusEarlyHints)
	return c.HTML(http.StatusOK, "<html>")
}

// A status the model cannot name.
func (h *handler) unknownStatus(c *echo.Context, code int) error {
	return c.String(code, "x")
}

// Headers after 204 are lateheader's business, not a body.
func (h *handler) headerAfter(c *echo.Context) error {
	c.NoContent(http.StatusNoContent)
	c.Response().Header().Set("X-Deleted", "1")
	return nil
}

// A 204 chosen in a switch, with the body only in the other cases.
func (h *handler) switched(c *echo.Context) error {
	switch c.Request().Method {
	case http.MethodDelete:
		return c.NoContent(http.StatusNoContent)
	default:
		return c.String(http.StatusOK, "x")
	}
}
