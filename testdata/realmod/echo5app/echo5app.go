// Package echo5app is an echo v5 API with the mistakes statuslint reports.
package echo5app

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"
)

type createUser struct {
	Email string `json:"email"`
}

func Register(e *echo.Echo) {
	e.POST("/users", func(c *echo.Context) error {
		var in createUser
		if err := c.Bind(&in); err != nil {
			return c.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()}) // clienterror
		}
		return c.JSON(http.StatusCreated, in)
	})
	e.GET("/me", func(c *echo.Context) error {
		if c.Request().Header.Get("Authorization") == "" {
			return echo.NewHTTPError(http.StatusUnauthorized, "login") // wwwauthenticate
		}
		return c.NoContent(http.StatusOK)
	})
	e.GET("/admin", func(c *echo.Context) error {
		return echo.ErrUnauthorized.Wrap(errors.New("no session")) // wwwauthenticate
	})
	e.GET("/token", func(c *echo.Context) error {
		c.Response().Header().Set("WWW-Authenticate", "Bearer")
		return echo.ErrUnauthorized
	})
}
