// Package apidochelp holds a gin API's response helpers in another package
// than its handlers: a helper that writes a fixed status, one that writes
// the status it is given, and a central writer that maps error kinds to
// statuses.
package apidochelp

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

var (
	ErrNotFound = errors.New("not found")
	ErrConflict = errors.New("conflict")
)

// NotFound answers 404.
func NotFound(c *gin.Context) {
	c.AbortWithStatusJSON(http.StatusNotFound, gin.H{"error": "not found"})
}

// Error answers status with msg.
func Error(c *gin.Context, status int, msg string) {
	c.AbortWithStatusJSON(status, gin.H{"error": msg})
}

// Fail answers an error with the status its kind maps to.
func Fail(c *gin.Context, err error) {
	switch {
	case errors.Is(err, ErrNotFound):
		c.AbortWithStatusJSON(http.StatusNotFound, gin.H{"error": err.Error()})
	case errors.Is(err, ErrConflict):
		c.AbortWithStatusJSON(http.StatusConflict, gin.H{"error": err.Error()})
	default:
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "internal error"})
	}
}

// Session is a client's session, with the status to refuse it with.
type Session struct {
	Status int
	ok     bool
}

// Abort refuses an invalid session with its status, and reports whether
// it did.
func (s *Session) Abort(c *gin.Context) bool {
	if s.ok {
		return false
	}
	switch s.Status {
	case http.StatusUnauthorized, http.StatusTooManyRequests:
		c.AbortWithStatusJSON(s.Status, gin.H{"error": "refused"})
	default:
		c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "forbidden"})
	}
	return true
}
