// Package echov5 is what the model sees of echo v5 handlers: every call
// of the adapter, returned errors, and routes.
package echov5

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"
)

type item struct {
	Name string `json:"name"`
}

func renderers(c *echo.Context) error {
	switch c.QueryParam("as") {
	case "json":
		return c.JSON(http.StatusOK, item{})
	case "string":
		return c.String(http.StatusAccepted, "accepted")
	case "blob":
		return c.Blob(http.StatusOK, "application/octet-stream", nil)
	case "xml":
		return c.XML(http.StatusOK, item{})
	case "file":
		return c.File("x.txt")
	case "redirect":
		return c.Redirect(http.StatusSeeOther, "/x")
	}
	return c.NoContent(http.StatusNoContent)
}

// c.Response() is a plain http.ResponseWriter: net/http's table applies.
func throughResponse(c *echo.Context) error {
	c.Response().Header().Set("Retry-After", "120")
	c.Response().WriteHeader(http.StatusServiceUnavailable)
	_, err := c.Response().Write([]byte("later"))
	return err
}

func returned(c *echo.Context) error {
	var in item
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bad body")
	}
	if in.Name == "" {
		return echo.ErrUnauthorized
	}
	if in.Name == "x" {
		return echo.ErrForbidden.Wrap(errors.New("no"))
	}
	if in.Name == "y" {
		return &echo.HTTPError{Code: http.StatusConflict, Message: "taken"}
	}
	if _, err := echo.QueryParam[int](c, "page"); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": err.Error()})
	}
	return c.JSON(http.StatusCreated, in)
}

func onlyGet(c *echo.Context) error {
	if c.Request().Method != http.MethodGet {
		return c.NoContent(http.StatusMethodNotAllowed)
	}
	return c.String(http.StatusOK, "ok")
}

func routes(e *echo.Echo) {
	e.GET("/items", onlyGet)
	g := e.Group("/api")
	g.POST("/items", returned)
	e.Add(http.MethodPut, "/x", renderers)
	e.GET("/y", throughResponse)
}

// w is c's own response under another name.
func aliased(c *echo.Context) error {
	w := c.Response()
	w.Header().Set("WWW-Authenticate", "Bearer")
	w.WriteHeader(http.StatusUnauthorized)
	return c.JSON(http.StatusUnauthorized, nil)
}
