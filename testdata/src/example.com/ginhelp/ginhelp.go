// Package ginhelp is the response-helper package a gin API grows: helpers
// that take the *gin.Context, in another package than the handlers, so the
// fixtures prove that helper summaries and error origins cross packages.
package ginhelp

import (
	"context"
	"fmt"
	"net/http"

	"example.com/store"
	"github.com/gin-gonic/gin"
)

// Error writes status and a JSON error body. It never sets WWW-Authenticate,
// Allow, Location or Retry-After.
func Error(c *gin.Context, status int, msg string) { // want Error:"writer\\(0\\) sets Content-Type status=param1 body=error"
	c.JSON(status, gin.H{"error": msg})
}

// JSON writes status and v.
func JSON(c *gin.Context, status int, v any) { // want JSON:"writer\\(0\\) sets Content-Type status=param1 body=param2"
	c.JSON(status, v)
}

// AuthError is Error, but sets WWW-Authenticate when the status is 401.
func AuthError(c *gin.Context, status int, msg string) { // want AuthError:"writer\\(0\\) sets Content-Type maybe-sets Www-Authenticate status=param1 body=error"
	if status == http.StatusUnauthorized {
		c.Header("WWW-Authenticate", `Bearer realm="api"`)
	}
	c.JSON(status, gin.H{"error": msg})
}

// Challenge sets WWW-Authenticate and writes nothing else.
func Challenge(c *gin.Context) { // want Challenge:"writer\\(0\\) sets Www-Authenticate"
	c.Header("WWW-Authenticate", `Bearer realm="api"`)
}

// Allow sets the Allow header.
func Allow(c *gin.Context, methods string) { // want Allow:"writer\\(0\\) sets Allow"
	c.Header("Allow", methods)
}

// Reject aborts with a 401 and its challenge.
func Reject(c *gin.Context) { // want Reject:"writer\\(0\\) sets Content-Type,Www-Authenticate status=401 body=error"
	c.Header("WWW-Authenticate", "Bearer")
	c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
}

// Unauthorized aborts with a 401 on its own, without the header.
func Unauthorized(c *gin.Context) { // want Unauthorized:"writer\\(0\\) status=401"
	c.AbortWithStatus(http.StatusUnauthorized)
}

// Internal sends every error as 500 without looking at it.
func Internal(c *gin.Context, err error) { // want Internal:"writer\\(0\\) sets Content-Type status=500 body=error"
	c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
}

// Created points the client at the new resource and writes 201.
func Created(c *gin.Context, location string, v any) { // want Created:"writer\\(0\\) sets Content-Type,Location status=201 body=param2"
	c.Header("Location", location)
	c.JSON(http.StatusCreated, v)
}

// SetRetryAfter tells the client when to come back.
func SetRetryAfter(c *gin.Context, seconds int) { // want SetRetryAfter:"writer\\(0\\) sets Retry-After"
	c.Header("Retry-After", fmt.Sprint(seconds))
}

// TooBusy sets Retry-After and aborts with 503.
func TooBusy(c *gin.Context) { // want TooBusy:"writer\\(0\\) sets Content-Type,Retry-After status=503 body=error"
	c.Header("Retry-After", "30")
	c.AbortWithStatusJSON(http.StatusServiceUnavailable, gin.H{"error": "try again later"})
}

// Home redirects to the front page with c.Redirect, which sets Location.
func Home(c *gin.Context) { // want Home:"writer\\(0\\) sets Location status=302"
	c.Redirect(http.StatusFound, "/")
}

// Proxy hands the response to code the model cannot see.
func Proxy(c *gin.Context, h http.Handler) { // want Proxy:"writer\\(0\\) opaque"
	h.ServeHTTP(c.Writer, c.Request)
}

// BindJSON binds the request body: its errors are the client's.
func BindJSON(c *gin.Context, v any) error { // want BindJSON:"writer\\(0\\)$" BindJSON:"returns malformed-input errors"
	if err := c.ShouldBindJSON(v); err != nil {
		return fmt.Errorf("bind: %w", err)
	}
	return nil
}

// Register creates the user; the only error it returns is a duplicate.
func Register(ctx context.Context, db *store.DB, email string) error { // want Register:"returns conflict errors"
	if db.Find(ctx, email) != nil {
		return store.ErrDuplicate
	}
	return nil
}
