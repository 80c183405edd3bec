// Package echokeyauth: echo's key-auth middleware runs its ErrorHandler
// with no header set, so the callback's 401 is the response.
package echokeyauth

import (
	"net/http"

	echo "github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func valid(key string) bool { return key != "" }

func routes(e *echo.Echo) {
	e.Use(middleware.KeyAuthWithConfig(middleware.KeyAuthConfig{
		KeyLookup: "header:X-API-Key",
		Validator: func(key string, c echo.Context) (bool, error) { return valid(key), nil },
		ErrorHandler: func(err error, c echo.Context) error {
			return c.JSON(http.StatusUnauthorized, map[string]string{"error": "invalid key"}) // want `401 response without WWW-Authenticate header`
		},
	}))
	e.Use(middleware.KeyAuthWithConfig(middleware.KeyAuthConfig{
		ErrorHandler: func(err error, c echo.Context) error {
			c.Response().Header().Set("WWW-Authenticate", `ApiKey header="X-API-Key"`)
			return c.JSON(http.StatusUnauthorized, map[string]string{"error": "invalid key"})
		},
	}))
	e.Use(middleware.KeyAuthWithConfig(middleware.KeyAuthConfig{
		// Swallowing the error lets the request through, anonymously.
		ErrorHandler: func(err error, c echo.Context) error { return nil },
	}))
}
