package echov5

import (
	"net/http"
	"strconv"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

func (h *handler) setFirst(c *echo.Context) error {
	c.Response().Header().Set(echo.HeaderRetryAfter, "30")
	return echo.ErrTooManyRequests
}

func (h *handler) viaHeaderVar(c *echo.Context) error {
	hdr := c.Response().Header()
	hdr.Set("Retry-After", strconv.Itoa(60))
	return c.NoContent(http.StatusServiceUnavailable)
}

func (h *handler) addLowerCase(c *echo.Context) error {
	c.Response().Header().Add("retry-after", "5")
	return c.String(429, "slow down")
}

// Set on the only path that writes 429.
func (h *handler) onlyOnLimit(c *echo.Context) error {
	if !limiter.Allow() {
		c.Response().Header().Set(echo.HeaderRetryAfter, "1")
		return echo.NewHTTPError(http.StatusTooManyRequests, "")
	}
	return c.NoContent(http.StatusOK)
}

// Other 5xx statuses.
func (h *handler) otherServerErrors(c *echo.Context) error {
	switch c.Path() {
	case "/a":
		return echo.ErrInternalServerError
	case "/b":
		return c.NoContent(http.StatusBadGateway)
	}
	return echo.NewHTTPError(http.StatusGatewayTimeout, "")
}

// Helpers of another package: one sets the header, one writes the whole 503.
func (h *handler) viaSetRetryAfter(c *echo.Context) error {
	echohelp.SetRetryAfter(c, 60)
	return echo.ErrServiceUnavailable
}

func (h *handler) viaTooBusy(c *echo.Context) error {
	return echohelp.TooBusy(c)
}

// A status the model cannot name.
func (h *handler) unknownStatus(c *echo.Context, code int) error {
	return c.NoContent(code)
}

// The response went to the next handler first.
func (h *handler) afterNext(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if err := next(c); err != nil {
			return err
		}
		return c.NoContent(http.StatusServiceUnavailable)
	}
}
