package pocketbase

import (
	"net/http"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

type rateLimiter struct{}

func (rateLimiter) Allow() bool { return false }

var limiter rateLimiter

type handler struct{}

func (h *handler) search(c *core.RequestEvent) error {
	if !limiter.Allow() {
		return c.JSON(http.StatusTooManyRequests, map[string]any{"error": "slow down"}) // want `429 response without Retry-After header; tell the client when to retry, e.g. c.Response.Header\(\).Set\("Retry-After", "30"\)`
	}
	return nil
}

// The predeclared errors, returned for the framework to write.
func (h *handler) tooMany(ctx *core.RequestEvent) error {
	return apis.NewTooManyRequestsError("", nil) // want `429 response without Retry-After header; tell the client when to retry, e.g. ctx.Response.Header\(\).Set\("Retry-After", "30"\)`
}

func (h *handler) unavailable(c *core.RequestEvent) error {
	return apis.NewApiError(http.StatusServiceUnavailable, "maintenance", nil) // want `503 response without Retry-After header`
}

// Set in one branch only.
func (h *handler) oneBranch(c *core.RequestEvent) error {
	if c.Request.URL.Query().Get("known") != "" {
		c.Response.Header().Set("Retry-After", "30")
	}
	return c.NoContent(http.StatusTooManyRequests) // want `429 response without Retry-After header`
}

// Either status may reach the write: one report.
func (h *handler) either(c *core.RequestEvent) error {
	status := http.StatusServiceUnavailable
	if c.Request.URL.Query().Get("user") != "" {
		status = http.StatusTooManyRequests
	}
	return c.NoContent(status) // want `503 response without Retry-After header`
}

// A helper of another package given 503.
func (h *handler) viaHelper(c *core.RequestEvent) error {
	return pbhelp.Error(c, http.StatusServiceUnavailable, "maintenance") // want `503 response without Retry-After header`
}

// A rate-limiting middleware.
func rateLimit(next func(*core.RequestEvent) error) func(*core.RequestEvent) error {
	return func(c *core.RequestEvent) error {
		if !limiter.Allow() {
			return &router.ApiError{Status: http.StatusTooManyRequests, Message: "rate limited"} // want `429 response without Retry-After header`
		}
		return next(c)
	}
}
