package ginmatch

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Registered for GET and HEAD only: no request the router sends here
// fails this guard, so its 405 is never sent.
func ping(c *gin.Context) {
	if c.Request.Method != http.MethodGet && c.Request.Method != http.MethodHead {
		c.AbortWithStatus(http.StatusMethodNotAllowed)
		return
	}
	c.Status(http.StatusOK)
}

// Registered for POST alone, through a group.
func submit(c *gin.Context) {
	if c.Request.Method != http.MethodPost {
		c.AbortWithStatus(http.StatusMethodNotAllowed)
		return
	}
	c.Status(http.StatusAccepted)
}

func goodRoutes(r *gin.Engine) {
	r.Match([]string{"GET", "HEAD"}, "/ping", ping)
	r.Group("/api").Match([]string{"post"}, "/submit", submit)
}
