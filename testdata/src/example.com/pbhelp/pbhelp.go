// Package pbhelp holds the response and binding helpers pocketbase apps grow,
// taking the *core.RequestEvent, to prove that summaries and error origins cross
// packages for pocketbase as they do for net/http.
package pbhelp

import (
	"net/http"
	"strconv"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

// Error answers with status and a JSON error body. It never sets
// WWW-Authenticate, Allow, Location or Retry-After.
func Error(c *core.RequestEvent, status int, msg string) error { // want Error:"writer\\(0\\) sets Content-Type status=param1 body=error"
	return c.JSON(status, map[string]any{"error": msg})
}

// JSON answers with status and v.
func JSON(c *core.RequestEvent, status int, v any) error { // want JSON:"writer\\(0\\) sets Content-Type status=param1 body=param2"
	return c.JSON(status, v)
}

// Unauthorized answers 401 on its own, without the challenge.
func Unauthorized(c *core.RequestEvent) error { // want Unauthorized:"writer\\(0\\) sets Content-Type status=401 body=error"
	return c.JSON(http.StatusUnauthorized, map[string]any{"error": "unauthorized"})
}

// Reject answers 401 with the challenge: a status the caller cannot get wrong.
func Reject(c *core.RequestEvent) error { // want Reject:"writer\\(0\\) sets Content-Type,Www-Authenticate status=401 body=error"
	c.Response.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	return c.JSON(http.StatusUnauthorized, map[string]any{"error": "unauthorized"})
}

// Challenge sets WWW-Authenticate and writes nothing else.
func Challenge(c *core.RequestEvent) { // want Challenge:"writer\\(0\\) sets Www-Authenticate"
	c.Response.Header().Set("WWW-Authenticate", "Basic")
}

// Allow sets the Allow header.
func Allow(c *core.RequestEvent, methods string) { // want Allow:"writer\\(0\\) sets Allow"
	c.Response.Header().Set("Allow", methods)
}

// SetLocation points at a created resource.
func SetLocation(c *core.RequestEvent, id string) { // want SetLocation:"writer\\(0\\) sets Location"
	c.Response.Header().Set("Location", "/items/"+id)
}

// Created sets Location and answers 201 with v.
func Created(c *core.RequestEvent, location string, v any) error { // want Created:"writer\\(0\\) sets Content-Type,Location status=201 body=param2"
	c.Response.Header().Set("Location", location)
	return c.JSON(http.StatusCreated, v)
}

// SetRetryAfter tells the client when to come back.
func SetRetryAfter(c *core.RequestEvent, seconds int) { // want SetRetryAfter:"writer\\(0\\) sets Retry-After"
	c.Response.Header().Set("Retry-After", strconv.Itoa(seconds))
}

// TooBusy sets Retry-After and answers 503.
func TooBusy(c *core.RequestEvent) error { // want TooBusy:"writer\\(0\\) sets Content-Type,Retry-After status=503 body=error"
	c.Response.Header().Set("Retry-After", "120")
	return c.JSON(http.StatusServiceUnavailable, map[string]any{"error": "busy"})
}

// Internal answers every error with 500 without looking at it.
func Internal(c *core.RequestEvent, err error) error { // want Internal:"writer\\(0\\) sets Content-Type status=500 body=error"
	return c.JSON(http.StatusInternalServerError, map[string]any{"error": err.Error()})
}

// Gone returns the error for the framework to write.
func Gone(c *core.RequestEvent) error { // want Gone:"writer\\(0\\) status=410 body\\?=error"
	return apis.NewApiError(http.StatusGone, "gone", nil)
}

// Authorize answers 401 and returns false when the request has no
// credentials; it writes nothing otherwise.
func Authorize(c *core.RequestEvent) bool { // want Authorize:"writer\\(0\\) sets Content-Type,Www-Authenticate status\\?=401 body\\?=error"
	if c.Request.Header.Get("Authorization") == "" {
		c.Response.Header().Set("WWW-Authenticate", "Bearer")
		c.JSON(http.StatusUnauthorized, map[string]any{"error": "unauthorized"})
		return false
	}
	return true
}

// Redirect answers with a redirect status of the caller's choice.
func Redirect(c *core.RequestEvent, status int, to string) error { // want Redirect:"writer\\(0\\) sets Location status=param1"
	return c.Redirect(status, to)
}

// Bind binds the request into v: its errors are the client's.
func Bind(c *core.RequestEvent, v any) error { // want Bind:"writer\\(0\\)$" Bind:"returns malformed-input errors"
	if err := c.BindBody(v); err != nil {
		return err
	}
	return nil
}

// ParseID parses the id path parameter.
func ParseID(c *core.RequestEvent) (int, error) { // want ParseID:"writer\\(0\\)$" ParseID:"returns malformed-input errors"
	id, err := strconv.Atoi(c.Request.PathValue("id"))
	if err != nil {
		return 0, err
	}
	return id, nil
}

// BindAndValidate binds and validates: its errors are not all of one kind.
func BindAndValidate(c *core.RequestEvent, v any) error { // want BindAndValidate:"writer\\(0\\)$"
	if err := c.BindBody(v); err != nil {
		return err
	}
	return v.(interface{ Validate() error }).Validate()
}
