package echoeh

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

func New() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = errorHandler() // want `401 returned to this error handler goes out without WWW-Authenticate header`
	e.GET("/me", me)
	return e
}

// errorHandler sends the status an error carries, without a challenge.
func errorHandler() echo.HTTPErrorHandler {
	return func(err error, c echo.Context) {
		code := http.StatusInternalServerError
		var he *echo.HTTPError
		if errors.As(err, &he) {
			code = he.Code
		}
		_ = c.JSON(code, map[string]string{"error": err.Error()})
	}
}

func me(c echo.Context) error {
	if c.Request().Header.Get("Authorization") == "" {
		return echo.NewHTTPError(http.StatusUnauthorized, "log in")
	}
	return c.String(http.StatusOK, "me")
}
