package echov5

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v5"
)

// Named statuses.
func (h *handler) named(c *echo.Context) error {
	if c.Request().Method != http.MethodGet {
		return echo.ErrMethodNotAllowed
	}
	return c.NoContent(http.StatusOK)
}

// Numbers in range: the literal mode is off.
func (h *handler) numbers(c *echo.Context) error {
	if c.Path() == "/gone" {
		return c.NoContent(410)
	}
	return echo.NewHTTPError(404, "not found")
}

// The bounds, and codes net/http does not name.
func (h *handler) bounds(c *echo.Context) error {
	switch c.Path() {
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
func (h *handler) runtimeStatus(c *echo.Context, code int) error {
	n, _ := strconv.Atoi(c.QueryParam("status"))
	if n != 0 {
		return c.NoContent(n)
	}
	return echo.NewHTTPError(code, "")
}

// Big numbers that never reach a status write.
func (h *handler) notStatus(c *echo.Context) error {
	c.Response().Header().Set("X-Limit", strconv.Itoa(9999))
	return c.JSON(http.StatusOK, echo.Map{"limit": 2000})
}

// 0 as "not chosen yet", replaced before the write.
func (h *handler) sentinelZero(c *echo.Context) error {
	statusCode := 0
	if c.QueryParam("created") != "" {
		statusCode = http.StatusCreated
	}
	if statusCode == 0 {
		statusCode = http.StatusOK
	}
	return c.NoContent(statusCode)
}

// The code of an error that came from elsewhere.
func (h *handler) errorCode(c *echo.Context, err error) error {
	if he, ok := err.(*echo.HTTPError); ok {
		return c.JSON(he.Code, he.Message)
	}
	return nil
}

// A bad status assigned, then overwritten before the write.
func (h *handler) overwritten(c *echo.Context) error {
	status := 2000
	_ = status
	status = http.StatusAccepted
	return c.NoContent(status)
}

// 103 Early Hints, then the final status.
func (h *handler) earlyHints(c *echo.Context) error {
	c.Response().WriteHeader(http.StatusEarlyHints)
	return c.HTML(http.StatusOK, "<html>")
}

// A closure writing a good status, and a deferred write.
func (h *handler) goodClosure(c *echo.Context) error {
	ok := func() error { return c.NoContent(http.StatusNoContent) }
	return ok()
}

func (h *handler) deferred(c *echo.Context) error {
	defer c.NoContent(http.StatusOK)
	return nil
}

// A JSON body that carries numbers, not statuses.
func goodRoutes(e *echo.Echo) {
	e.GET("/limits", func(c *echo.Context) error {
		return c.JSON(http.StatusOK, echo.Map{"max": 5000, "code": 1042})
	})
}
