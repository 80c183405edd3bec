package echov5

import (
	"net/http"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

type handler struct{}

func (h *handler) profile(c *echo.Context) error {
	if c.Request().Header.Get(echo.HeaderAuthorization) == "" {
		return echo.NewHTTPError(http.StatusUnauthorized, "") // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. c.Response\(\).Header\(\).Set\("WWW-Authenticate", "Bearer"\)`
	}
	return c.String(http.StatusOK, "me")
}

func (h *handler) predeclared(c *echo.Context) error {
	return echo.ErrUnauthorized // want `401 response without WWW-Authenticate header`
}

func (h *handler) literal(c *echo.Context) error {
	return &echo.HTTPError{Code: http.StatusUnauthorized, Message: "login first"} // want `401 response without WWW-Authenticate header`
}

func (h *handler) rendered(c *echo.Context) error {
	return c.JSON(http.StatusUnauthorized, echo.Map{"error": "unauthorized"}) // want `401 response without WWW-Authenticate header`
}

// Set in one branch only: not on every path.
func (h *handler) oneBranch(ctx *echo.Context) error {
	if ctx.QueryParam("basic") != "" {
		ctx.Response().Header().Set(echo.HeaderWWWAuthenticate, "Basic")
	}
	return ctx.NoContent(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. ctx.Response\(\)`
}

// The status kept in a variable.
func (h *handler) viaVariable(c *echo.Context) error {
	status := http.StatusOK
	if c.Request().Header.Get(echo.HeaderAuthorization) == "" {
		status = http.StatusUnauthorized
	}
	return c.NoContent(status) // want `401 response without WWW-Authenticate header`
}

// Removed again before the write.
func (h *handler) deleted(c *echo.Context) error {
	c.Response().Header().Set(echo.HeaderWWWAuthenticate, "Bearer")
	c.Response().Header().Del("Www-Authenticate")
	return echo.ErrUnauthorized // want `401 response without WWW-Authenticate header`
}

// A helper of another package that takes the status.
func (h *handler) viaHelper(c *echo.Context) error {
	return echohelp.Error(c, http.StatusUnauthorized, "unauthorized") // want `401 response without WWW-Authenticate header`
}

// A helper of this package that writes a 401 on its own is reported inside it.
func unauthorized(c *echo.Context) error {
	return c.String(http.StatusUnauthorized, "unauthorized") // want `401 response without WWW-Authenticate header`
}

func (h *handler) viaLocalHelper(c *echo.Context) error {
	return unauthorized(c)
}

// A key-auth middleware, and a handler registered on a group.
func keyAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if c.Request().Header.Get("X-API-Key") == "" {
			return echo.NewHTTPError(http.StatusUnauthorized, "missing key") // want `401 response without WWW-Authenticate header`
		}
		return next(c)
	}
}

func routes(e *echo.Echo) {
	g := e.Group("/admin", keyAuth)
	g.GET("/stats", func(c *echo.Context) error {
		return c.JSON(http.StatusUnauthorized, nil) // want `401 response without WWW-Authenticate header`
	})
}
