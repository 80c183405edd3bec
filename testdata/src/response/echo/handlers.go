// Package echo is what the model sees of echo v4 handlers.
package echo

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func item(c echo.Context) error {
	var in struct{ Name string }
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bad body").SetInternal(err)
	}
	if in.Name == "" {
		return echo.ErrUnauthorized
	}
	c.Response().Header().Set("Location", "/items/1")
	return c.JSON(http.StatusCreated, in)
}

func early(c echo.Context) error {
	c.Response().WriteHeader(http.StatusEarlyHints)
	return c.String(http.StatusOK, "ok")
}

func routes(e *echo.Echo) {
	e.POST("/items", item)
	e.GET("/early", early)
}
