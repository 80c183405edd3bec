package echo

import (
	"net/http"

	"example.com/echohelp"
	"github.com/labstack/echo/v4"
)

type handler struct{}

func (h *handler) create(c echo.Context) error {
	if c.Request().Method != http.MethodPost {
		return c.NoContent(http.StatusMethodNotAllowed) // want `405 response without Allow header; set it to the allowed methods first, e\.g\. c\.Response\(\)\.Header\(\)\.Set\("Allow", "POST"\)`
	}
	return nil
}

// Returned for the framework to write, as a constructor call and as the
// predeclared error.
func (h *handler) viaHTTPError(c echo.Context) error {
	if c.Request().Method != http.MethodGet {
		return echo.NewHTTPError(http.StatusMethodNotAllowed, "method not allowed") // want `405 response without Allow header`
	}
	return nil
}

func (h *handler) predeclared(ctx echo.Context) error {
	return echo.ErrMethodNotAllowed // want `405 response without Allow header; set it to the allowed methods first, e.g. ctx.Response\(\).Header\(\).Set\("Allow", "GET, HEAD"\)`
}

// Allow set in one branch of an if, 405 written after the join.
func (h *handler) oneBranch(c echo.Context) error {
	if c.Request().Method == http.MethodPut {
		c.Response().Header().Set(echo.HeaderAllow, "GET, HEAD")
	}
	return c.JSON(http.StatusMethodNotAllowed, echo.Map{"error": "method not allowed"}) // want `405 response without Allow header`
}

// A helper that takes the status and never sets Allow.
func (h *handler) viaHelper(c echo.Context) error {
	return echohelp.Error(c, http.StatusMethodNotAllowed, "method not allowed") // want `405 response without Allow header`
}

// A method switch in a router closure.
func routes(e *echo.Echo) {
	e.Any("/items", func(c echo.Context) error {
		switch c.Request().Method {
		case http.MethodGet:
			return c.String(http.StatusOK, "ok")
		default:
			return c.String(http.StatusMethodNotAllowed, "method not allowed") // want `405 response without Allow header`
		}
	})
}
