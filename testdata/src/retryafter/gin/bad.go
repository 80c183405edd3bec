package gin

import (
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

type rateLimiter struct{}

func (rateLimiter) Allow() bool { return false }

var limiter rateLimiter

// A rate-limiting middleware.
func RateLimit() gin.HandlerFunc {
	return func(c *gin.Context) {
		if !limiter.Allow() {
			c.AbortWithStatusJSON(http.StatusTooManyRequests, gin.H{"error": "slow down"}) // want `^429 response without Retry-After header; tell the client when to retry, e\.g\. c\.Header\("Retry-After", "30"\)$`
			return
		}
		c.Next()
	}
}

func unavailable(ctx *gin.Context) {
	ctx.AbortWithStatus(503) // want `^503 response without Retry-After header; tell the client when to retry, e\.g\. ctx\.Header\("Retry-After", "30"\)$`
}

// Set in one branch only.
func oneBranch(c *gin.Context) {
	if c.Query("known") != "" {
		c.Header("Retry-After", "30")
	}
	c.String(http.StatusTooManyRequests, "slow down") // want `429 response without Retry-After header`
}

// Set, then removed.
func deleted(c *gin.Context) {
	c.Header("Retry-After", "30")
	c.Writer.Header().Del("Retry-After")
	c.JSON(http.StatusServiceUnavailable, gin.H{"error": "maintenance"}) // want `503 response without Retry-After header`
}

// c.Status records the 503 and nothing sets the header before the handler ends.
func statusOnly(c *gin.Context) {
	c.Status(http.StatusServiceUnavailable) // want `503 response without Retry-After header`
}

// Either status may reach the write: one report.
func either(c *gin.Context) {
	status := http.StatusServiceUnavailable
	if c.Query("user") != "" {
		status = http.StatusTooManyRequests
	}
	c.AbortWithStatus(status) // want `503 response without Retry-After header`
}

// A response helper in another package given the 503: reported at the call.
func viaHelper(c *gin.Context) {
	ginhelp.Error(c, http.StatusServiceUnavailable, "maintenance") // want `503 response without Retry-After header`
}

// A local helper writing 429 on its own: reported inside it.
func tooMany(c *gin.Context) {
	c.AbortWithStatus(http.StatusTooManyRequests) // want `429 response without Retry-After header`
}

func callsTooMany(c *gin.Context) {
	tooMany(c)
}

// A closure taking the status: reported at the call.
func closure(c *gin.Context) {
	fail := func(code int, msg string) { c.JSON(code, gin.H{"error": msg}) }
	fail(http.StatusServiceUnavailable, "maintenance") // want `503 response without Retry-After header`
}

type server struct{}

func (s *server) search(c *gin.Context) {
	c.AbortWithStatus(http.StatusTooManyRequests) // want `429 response without Retry-After header`
}

func routes(r *gin.Engine) {
	r.GET("/search", func(c *gin.Context) {
		if !limiter.Allow() {
			c.JSON(http.StatusTooManyRequests, gin.H{"error": "slow down"}) // want `429 response without Retry-After header`
			return
		}
	})
}
