package echoehgood

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

func New() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = errorHandler
	e.GET("/me", me)
	return e
}

// errorHandler adds the challenge to 401 and 407.
func errorHandler(err error, c echo.Context) {
	code := http.StatusInternalServerError
	var he *echo.HTTPError
	if errors.As(err, &he) {
		code = he.Code
	}
	if code == http.StatusUnauthorized || code == http.StatusProxyAuthRequired {
		c.Response().Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	}
	_ = c.JSON(code, map[string]string{"error": err.Error()})
}

func me(c echo.Context) error {
	if c.Request().Header.Get("Authorization") == "" {
		return echo.ErrUnauthorized
	}
	return c.String(http.StatusOK, "me")
}
