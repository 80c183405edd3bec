// Package echohelp holds the response and binding helpers echo APIs grow,
// taking the *echo.Context, to prove that summaries and error origins cross
// packages for echo as they do for net/http.
package echo5help

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v5"
)

// Error answers with status and a JSON error body. It never sets
// WWW-Authenticate, Allow, Location or Retry-After.
func Error(c *echo.Context, status int, msg string) error { // want Error:"writer\\(0\\) sets Content-Type status=param1 body=error"
	return c.JSON(status, echo.Map{"error": msg})
}

// JSON answers with status and v.
func JSON(c *echo.Context, status int, v any) error { // want JSON:"writer\\(0\\) sets Content-Type status=param1 body=param2"
	return c.JSON(status, v)
}

// Unauthorized answers 401 on its own, without the challenge.
func Unauthorized(c *echo.Context) error { // want Unauthorized:"writer\\(0\\) sets Content-Type status=401 body=error"
	return c.JSON(http.StatusUnauthorized, echo.Map{"error": "unauthorized"})
}

// Reject answers 401 with the challenge: a status the caller cannot get wrong.
func Reject(c *echo.Context) error { // want Reject:"writer\\(0\\) sets Content-Type,Www-Authenticate status=401 body=error"
	c.Response().Header().Set(echo.HeaderWWWAuthenticate, `Bearer realm="api"`)
	return c.JSON(http.StatusUnauthorized, echo.Map{"error": "unauthorized"})
}

// Challenge sets WWW-Authenticate and writes nothing else.
func Challenge(c *echo.Context) { // want Challenge:"writer\\(0\\) sets Www-Authenticate"
	c.Response().Header().Set(echo.HeaderWWWAuthenticate, "Basic")
}

// Allow sets the Allow header.
func Allow(c *echo.Context, methods string) { // want Allow:"writer\\(0\\) sets Allow"
	c.Response().Header().Set(echo.HeaderAllow, methods)
}

// SetLocation points at a created resource.
func SetLocation(c *echo.Context, id string) { // want SetLocation:"writer\\(0\\) sets Location"
	c.Response().Header().Set(echo.HeaderLocation, "/items/"+id)
}

// Created sets Location and answers 201 with v.
func Created(c *echo.Context, location string, v any) error { // want Created:"writer\\(0\\) sets Content-Type,Location status=201 body=param2"
	c.Response().Header().Set(echo.HeaderLocation, location)
	return c.JSON(http.StatusCreated, v)
}

// SetRetryAfter tells the client when to come back.
func SetRetryAfter(c *echo.Context, seconds int) { // want SetRetryAfter:"writer\\(0\\) sets Retry-After"
	c.Response().Header().Set(echo.HeaderRetryAfter, strconv.Itoa(seconds))
}

// TooBusy sets Retry-After and answers 503.
func TooBusy(c *echo.Context) error { // want TooBusy:"writer\\(0\\) sets Content-Type,Retry-After status=503 body=error"
	c.Response().Header().Set(echo.HeaderRetryAfter, "120")
	return c.JSON(http.StatusServiceUnavailable, echo.Map{"error": "busy"})
}

// Internal answers every error with 500 without looking at it.
func Internal(c *echo.Context, err error) error { // want Internal:"writer\\(0\\) sets Content-Type status=500 body=error"
	return c.JSON(http.StatusInternalServerError, echo.Map{"error": err.Error()})
}

// Gone returns the error for the framework to write.
func Gone(c *echo.Context) error { // want Gone:"writer\\(0\\) status=410 body\\?=error"
	return echo.NewHTTPError(http.StatusGone, "gone")
}

// Authorize answers 401 and returns false when the request has no
// credentials; it writes nothing otherwise.
func Authorize(c *echo.Context) bool { // want Authorize:"writer\\(0\\) sets Content-Type,Www-Authenticate status\\?=401 body\\?=error"
	if c.Request().Header.Get(echo.HeaderAuthorization) == "" {
		c.Response().Header().Set(echo.HeaderWWWAuthenticate, "Bearer")
		c.JSON(http.StatusUnauthorized, echo.Map{"error": "unauthorized"})
		return false
	}
	return true
}

// Redirect answers with a redirect status of the caller's choice.
func Redirect(c *echo.Context, status int, to string) error { // want Redirect:"writer\\(0\\) sets Location status=param1"
	return c.Redirect(status, to)
}

// Bind binds the request into v: its errors are the client's.
func Bind(c *echo.Context, v any) error { // want Bind:"writer\\(0\\)$" Bind:"returns malformed-input errors"
	if err := c.Bind(v); err != nil {
		return err
	}
	return nil
}

// ParseID parses the id path parameter.
func ParseID(c *echo.Context) (int, error) { // want ParseID:"writer\\(0\\)$" ParseID:"returns malformed-input errors"
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		return 0, err
	}
	return id, nil
}

// BindAndValidate binds and validates: its errors are not all of one kind.
func BindAndValidate(c *echo.Context, v any) error { // want BindAndValidate:"writer\\(0\\)$"
	if err := c.Bind(v); err != nil {
		return err
	}
	return c.Validate(v)
}
