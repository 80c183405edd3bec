package echov5

import (
	"net/http"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

func (h *handler) setFirst(c *echo.Context) error {
	if c.Request().Method != http.MethodPost {
		c.Response().Header().Set(echo.HeaderAllow, http.MethodPost)
		return c.NoContent(http.StatusMethodNotAllowed)
	}
	return nil
}

// Through a header variable, and through the map.
func (h *handler) headerVar(c *echo.Context) error {
	hdr := c.Response().Header()
	hdr.Set("Allow", "GET, HEAD")
	return echo.ErrMethodNotAllowed
}

func (h *handler) mapIndex(c *echo.Context) error {
	c.Response().Header()["Allow"] = []string{"GET"}
	return echo.NewHTTPError(http.StatusMethodNotAllowed, "")
}

// Through the wrapped writer.
func (h *handler) viaWriter(c *echo.Context) error {
	c.Response().Header().Set("Allow", "GET")
	return c.NoContent(http.StatusMethodNotAllowed)
}

// Set on every path before the join.
func (h *handler) everyPath(c *echo.Context) error {
	if c.Path() == "/a" {
		c.Response().Header().Set(echo.HeaderAllow, "GET")
	} else {
		c.Response().Header().Set(echo.HeaderAllow, "GET, POST")
	}
	return c.JSON(http.StatusMethodNotAllowed, echo.Map{"error": "method not allowed"})
}

// A helper of another package sets it.
func (h *handler) viaHelper2(c *echo.Context) error {
	echohelp.Allow(c, "GET, POST")
	return echo.ErrMethodNotAllowed
}

// Other statuses are not this rule's business.
func (h *handler) notImplemented(c *echo.Context) error {
	return echo.NewHTTPError(http.StatusNotImplemented, "")
}

// A status the model cannot name.
func (h *handler) fromTable(c *echo.Context, statuses map[string]int) error {
	return c.NoContent(statuses[c.Request().Method])
}

// A middleware that answers 405 for the methods it knows.
func methods(allowed ...string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c *echo.Context) error {
			for _, m := range allowed {
				if m == c.Request().Method {
					return next(c)
				}
			}
			for _, m := range allowed {
				c.Response().Header().Add(echo.HeaderAllow, m)
			}
			return echo.ErrMethodNotAllowed
		}
	}
}
