// Package ginmatch: handlers registered with gin's r.Match for a list of
// methods see only those; a method guard that one of them passes is live.
package ginmatch

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// HEAD passes this guard: the 405 is sent, without Allow.
func health(c *gin.Context) {
	if c.Request.Method != http.MethodGet {
		c.AbortWithStatus(http.StatusMethodNotAllowed) // want `405 response without Allow header`
		return
	}
	c.Status(http.StatusOK)
}

// The methods are not constants: any method may arrive.
func dynamic(c *gin.Context) {
	if c.Request.Method != http.MethodPost {
		c.AbortWithStatus(http.StatusMethodNotAllowed) // want `405 response without Allow header`
		return
	}
}

func badRoutes(r *gin.Engine, methods []string) {
	r.Match([]string{http.MethodGet, http.MethodHead}, "/health", health)
	r.Match(methods, "/dynamic", dynamic)
}
