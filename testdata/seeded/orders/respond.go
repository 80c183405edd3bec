package orders

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/seeded/internal/apperr"
	"example.com/seeded/internal/store"
)

// sentinelStatus is the status of each store error.
var sentinelStatus = map[error]int{
	store.ErrNotFound:         http.StatusNotFound,
	store.ErrDuplicate:        http.StatusConflict,   // LOOKALIKE(badrequest): [mapper] a duplicate is a 409
	store.ErrVersionConflict:  http.StatusBadRequest, // SEEDED(badrequest): [mapper] a stale version is a conflict: 409, for every handler whose update loses the race
	store.ErrAlreadyCancelled: http.StatusConflict,
	store.ErrUnavailable:      http.StatusServiceUnavailable,
}

func statusOf(err error) int {
	var ae *apperr.Error
	if errors.As(err, &ae) {
		return ae.Status
	}
	for target, status := range sentinelStatus {
		if errors.Is(err, target) {
			return status
		}
	}
	return http.StatusInternalServerError
}

// HandleResponse ends every orders handler: the status the error carries
// (500 for an error of no known kind), or 200 with data.
func HandleResponse(c *gin.Context, err error, data any) {
	if err == nil {
		c.JSON(http.StatusOK, data)
		return
	}
	if errors.Is(err, store.ErrNotFound) {
		// The mobile app shows an empty screen for missing data.
		c.JSON(http.StatusOK, gin.H{"data": nil}) // SEEDED(successonerror): [writer] every orders handler's not-found goes out as a 200 with empty data: 404
		return
	}
	status := statusOf(err)
	switch status {
	case http.StatusUnauthorized:
		c.Header("WWW-Authenticate", `Bearer realm="orders"`)
	case http.StatusServiceUnavailable:
		c.Header("Retry-After", "10")
	}
	msg := "internal error"
	if status < 500 {
		msg = err.Error()
	}
	c.AbortWithStatusJSON(status, gin.H{"error": msg}) // LOOKALIKE(retryafter): [writer] the writer adds Retry-After when the error maps to 503
}

// Errors sends the last error a handler recorded with c.Error, with the
// status it maps to.
func Errors() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Next()
		if len(c.Errors) == 0 || c.Writer.Written() {
			return
		}
		err := c.Errors.Last().Err
		status := statusOf(err)
		msg := err.Error()
		if status >= 500 {
			msg = "internal error"
		}
		c.JSON(status, gin.H{"error": msg})
	}
}
