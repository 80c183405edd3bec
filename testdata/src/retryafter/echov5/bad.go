package echov5

import (
	"net/http"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

type rateLimiter struct{}

func (rateLimiter) Allow() bool { return false }

var limiter rateLimiter

type handler struct{}

func (h *handler) search(c *echo.Context) error {
	if !limiter.Allow() {
		return c.JSON(http.StatusTooManyRequests, echo.Map{"error": "slow down"}) // want `429 response without Retry-After header; tell the client when to retry, e.g. c.Response\(\).Header\(\).Set\("Retry-After", "30"\)`
	}
	return nil
}

// The predeclared errors, returned for the framework to write.
func (h *handler) tooMany(ctx *echo.Context) error {
	return echo.ErrTooManyRequests // want `429 response without Retry-After header; tell the client when to retry, e.g. ctx.Response\(\).Header\(\).Set\("Retry-After", "30"\)`
}

func (h *handler) unavailable(c *echo.Context) error {
	return echo.NewHTTPError(http.StatusServiceUnavailable, "maintenance") // want `503 response without Retry-After header`
}

// Set in one branch only.
func (h *handler) oneBranch(c *echo.Context) error {
	if c.QueryParam("known") != "" {
		c.Response().Header().Set(echo.HeaderRetryAfter, "30")
	}
	return c.NoContent(http.StatusTooManyRequests) // want `429 response without Retry-After header`
}

// Either status may reach the write: one report.
func (h *handler) either(c *echo.Context) error {
	status := http.StatusServiceUnavailable
	if c.QueryParam("user") != "" {
		status = http.StatusTooManyRequests
	}
	return c.NoContent(status) // want `503 response without Retry-After header`
}

// A helper of another package given 503.
func (h *handler) viaHelper(c *echo.Context) error {
	return echohelp.Error(c, http.StatusServiceUnavailable, "maintenance") // want `503 response without Retry-After header`
}

// A rate-limiting middleware.
func rateLimit(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if !limiter.Allow() {
			return &echo.HTTPError{Code: http.StatusTooManyRequests, Message: "rate limited"} // want `429 response without Retry-After header`
		}
		return next(c)
	}
}
