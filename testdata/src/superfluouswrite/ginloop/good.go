// Package ginloop: writes in a loop that only an earlier iteration's write
// precedes. The rule leaves loop-carried repeats alone (loops usually
// carry a flag the model does not follow); writes in different branches
// of one switch or if are such a repeat too, whichever comes first in the
// source.
package ginloop

import (
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

var errBind = errors.New("bind")

func writeError(c *gin.Context, msg string) {
	status := http.StatusBadRequest
	if c.Writer.Status() != http.StatusOK {
		status = c.Writer.Status()
	}
	c.JSON(status, gin.H{"error": msg})
}

// An error middleware: one write per recorded error, each in its own case.
func errorHandler(c *gin.Context) {
	c.Next()
	for _, e := range c.Errors {
		switch {
		case errors.Is(e.Err, errBind):
			parts, ok := e.Meta.([]string)
			if !ok {
				writeError(c, e.Error())
				return
			}
			writeError(c, strings.Join(parts, "; "))
		default:
			writeError(c, e.Err.Error())
		}
	}
}

// The same with if and else.
func ifElse(c *gin.Context, items []string) {
	for _, it := range items {
		if it == "" {
			c.JSON(http.StatusBadRequest, gin.H{"error": "empty"})
		} else {
			c.JSON(http.StatusOK, gin.H{"item": it})
		}
	}
}
