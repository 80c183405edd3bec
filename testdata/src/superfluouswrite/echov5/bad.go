package echov5

import (
	"bytes"
	"html/template"
	"io"
	"net/http"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

var page = template.Must(template.New("page").Parse("<p>{{.}}</p>"))

type item struct{ Name string }

type handler struct{}

// Two statuses on one path: echo logs "response already committed".
func (h *handler) twice(c *echo.Context) error {
	c.JSON(http.StatusOK, item{})
	return c.NoContent(http.StatusNoContent) // want `^c\.NoContent after the status was already written is ignored \(superfluous response\.WriteHeader call\); remove it or return after the first write$`
}

// A rendered error after a rendered success: its status is lost, its body
// glued to the first.
func (h *handler) errorAfterSuccess(c *echo.Context) error {
	c.String(http.StatusOK, "partial result")
	if c.QueryParam("fail") != "" {
		return c.String(http.StatusInternalServerError, "failed") // want `^c\.String after the status was already written: its status is ignored \(superfluous response\.WriteHeader call\) and its body appended; return after the first write$`
	}
	return nil
}

// A raw body write sent 200 first.
func (h *handler) afterBody(c *echo.Context) error {
	c.Response().Write([]byte("hello"))
	c.Response().WriteHeader(http.StatusAccepted) // want `^c\.Response\(\)\.WriteHeader after the body was written \(which sent 200\) is ignored \(superfluous response\.WriteHeader call\); write the status before the body$`
	return nil
}

// An error returned after the response was committed: echo's error
// handler writes nothing.
func (h *handler) returnedAfterCommit(c *echo.Context) error {
	c.JSON(http.StatusOK, item{})
	return echo.NewHTTPError(http.StatusInternalServerError, "late") // want `^echo\.NewHTTPError after the status was already written`
}

// Redirecting after the page started.
func (h *handler) redirectAfterBody(c *echo.Context) error {
	c.HTML(http.StatusOK, "<html>")
	return c.Redirect(http.StatusSeeOther, "/") // want `c\.Redirect after the status was already written`
}

// A helper of another package writes the status: reported at its call.
func (h *handler) viaHelper(c *echo.Context) error {
	c.NoContent(http.StatusOK)
	return echohelp.Error(c, http.StatusNotFound, "missing") // want `echohelp\.Error after the status was already written`
}

// A stream copy that fails halfway: part of the body went out with 200.
func (h *handler) copyFailure(c *echo.Context, src io.Reader) error {
	c.Response().WriteHeader(http.StatusOK)
	if _, err := io.Copy(c.Response(), src); err != nil {
		return c.String(http.StatusBadGateway, err.Error()) // want `c\.String after the status was already written`
	}
	return nil
}

// A template fails halfway: the page so far went out with 200.
func (h *handler) templateFailure(c *echo.Context) error {
	if err := page.Execute(c.Response(), c.Path()); err != nil {
		return c.String(http.StatusInternalServerError, err.Error()) // want `c\.String after the body was written \(which sent 200\)`
	}
	return nil
}

// Router closures.
func routes(e *echo.Echo) {
	e.GET("/x", func(c *echo.Context) error {
		c.Stream(http.StatusOK, "text/plain", bytes.NewReader(nil))
		return c.NoContent(http.StatusOK) // want `c\.NoContent after the status was already written`
	})
	e.DELETE("/x/:id", func(c *echo.Context) error {
		c.NoContent(http.StatusNoContent)
		return c.JSON(http.StatusOK, echo.Map{"deleted": true}) // want `c\.JSON after the status was already written`
	})
}
