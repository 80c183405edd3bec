// Package echo registers handlers with echo v4: a group, a nested group,
// middleware after the handler, returned HTTP errors and a returned error
// the default error handler sends as 500.
package echo

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

func Routes() *echo.Echo {
	e := echo.New()
	g := e.Group("/api")
	adm := g.Group("/admin")
	g.GET("/lists/:id", getList)
	g.POST("/lists", createList, audit)
	adm.DELETE("/lists/:id", deleteList)
	e.Any("/health", func(c echo.Context) error { return c.NoContent(http.StatusOK) })
	return e
}

func audit(next echo.HandlerFunc) echo.HandlerFunc { return next }

var errStore = errors.New("store down")

func getList(c echo.Context) error {
	if c.Param("id") == "" {
		return echo.NewHTTPError(http.StatusNotFound, "no such list")
	}
	return c.JSON(http.StatusOK, map[string]string{"id": c.Param("id")})
}

func createList(c echo.Context) error {
	var in struct{ Name string }
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return c.JSON(http.StatusCreated, in)
}

func deleteList(c echo.Context) error {
	if c.Param("id") == "1" {
		return errStore
	}
	return c.NoContent(http.StatusNoContent)
}
