package gin

import (
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

func setFirst(c *gin.Context) {
	if !limiter.Allow() {
		c.Header("Retry-After", "30")
		c.AbortWithStatusJSON(http.StatusTooManyRequests, gin.H{"error": "slow down"})
		return
	}
}

func viaWriter(c *gin.Context) {
	c.Writer.Header().Set("Retry-After", "120")
	c.AbortWithStatus(http.StatusServiceUnavailable)
}

// c.Status only records the 503: the header set after it goes out with it.
func statusThenHeader(c *gin.Context) {
	c.Status(http.StatusServiceUnavailable)
	c.Header("Retry-After", "30")
}

// Helpers in another package: one sets the header, one writes the 503 with it.
func viaHelpers(c *gin.Context) {
	if !limiter.Allow() {
		ginhelp.SetRetryAfter(c, 30)
		c.AbortWithStatus(http.StatusTooManyRequests)
		return
	}
	ginhelp.TooBusy(c)
}

// Other 5xx statuses.
func otherStatus(c *gin.Context) {
	if c.Query("upstream") != "" {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	c.AbortWithStatus(http.StatusInternalServerError)
}

// A status the model cannot name.
func unknownStatus(c *gin.Context, code int) {
	c.AbortWithStatus(code)
}

// The rest of the chain ran first: it may have set the header.
func afterNext(c *gin.Context) {
	c.Next()
	c.AbortWithStatus(http.StatusServiceUnavailable)
}

func goodRoutes(r *gin.Engine) {
	r.Use(func(c *gin.Context) {
		if !limiter.Allow() {
			c.Header("Retry-After", "1")
			c.AbortWithStatus(http.StatusTooManyRequests)
			return
		}
		c.Next()
	})
}
