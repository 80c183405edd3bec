package pocketbase

import (
	"net/http"
	"strconv"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

func (h *handler) setFirst(c *core.RequestEvent) error {
	c.Response.Header().Set("Retry-After", "30")
	return apis.NewTooManyRequestsError("", nil)
}

func (h *handler) viaHeaderVar(c *core.RequestEvent) error {
	hdr := c.Response.Header()
	hdr.Set("Retry-After", strconv.Itoa(60))
	return c.NoContent(http.StatusServiceUnavailable)
}

func (h *handler) addLowerCase(c *core.RequestEvent) error {
	c.Response.Header().Add("retry-after", "5")
	return c.String(429, "slow down")
}

// Set on the only path that writes 429.
func (h *handler) onlyOnLimit(c *core.RequestEvent) error {
	if !limiter.Allow() {
		c.Response.Header().Set("Retry-After", "1")
		return apis.NewApiError(http.StatusTooManyRequests, "", nil)
	}
	return c.NoContent(http.StatusOK)
}

// Other 5xx statuses.
func (h *handler) otherServerErrors(c *core.RequestEvent) error {
	switch c.Request.URL.Path {
	case "/a":
		return apis.NewInternalServerError("", nil)
	case "/b":
		return c.NoContent(http.StatusBadGateway)
	}
	return apis.NewApiError(http.StatusGatewayTimeout, "", nil)
}

// Helpers of another package: one sets the header, one writes the whole 503.
func (h *handler) viaSetRetryAfter(c *core.RequestEvent) error {
	pbhelp.SetRetryAfter(c, 60)
	return apis.NewApiError(http.StatusServiceUnavailable, "", nil)
}

func (h *handler) viaTooBusy(c *core.RequestEvent) error {
	return pbhelp.TooBusy(c)
}

// A status the model cannot name.
func (h *handler) unknownStatus(c *core.RequestEvent, code int) error {
	return c.NoContent(code)
}

// The response went to the next handler first.
func (h *handler) afterNext(next func(*core.RequestEvent) error) func(*core.RequestEvent) error {
	return func(c *core.RequestEvent) error {
		if err := next(c); err != nil {
			return err
		}
		return c.NoContent(http.StatusServiceUnavailable)
	}
}
