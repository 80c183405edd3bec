package echov5

import (
	"net/http"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

func (h *handler) setFirst(c *echo.Context) error {
	c.Response().Header().Set(echo.HeaderWWWAuthenticate, `Bearer realm="api"`)
	return echo.ErrUnauthorized
}

func (h *handler) viaHeaderVar(c *echo.Context) error {
	hdr := c.Response().Header()
	hdr.Set("WWW-Authenticate", "Basic")
	return c.NoContent(http.StatusUnauthorized)
}

func (h *handler) viaMapIndex(c *echo.Context) error {
	c.Response().Header()["Www-Authenticate"] = []string{"Basic"}
	return echo.NewHTTPError(http.StatusUnauthorized, "")
}

func (h *handler) addLowerCase(c *echo.Context) error {
	c.Response().Header().Add("www-authenticate", "Basic")
	return c.JSON(http.StatusUnauthorized, echo.Map{"error": "unauthorized"})
}

// Set on both branches before they join.
func (h *handler) bothBranches(c *echo.Context) error {
	if c.QueryParam("basic") != "" {
		c.Response().Header().Set(echo.HeaderWWWAuthenticate, "Basic")
	} else {
		c.Response().Header().Set(echo.HeaderWWWAuthenticate, "Bearer")
	}
	return &echo.HTTPError{Code: http.StatusUnauthorized}
}

// Helpers of another package: one sets the header, one writes the whole 401.
func (h *handler) viaChallenge(c *echo.Context) error {
	echohelp.Challenge(c)
	return echo.ErrUnauthorized
}

func (h *handler) viaReject(c *echo.Context) error {
	return echohelp.Reject(c)
}

// A helper that writes a 401 on its own is reported inside it, not here.
func (h *handler) viaUnauthorized(c *echo.Context) error {
	return echohelp.Unauthorized(c)
}

// A helper that answers on some paths only.
func (h *handler) guarded(c *echo.Context) error {
	if !echohelp.Authorize(c) {
		return nil
	}
	return c.String(http.StatusOK, "secret")
}

// Not a 401.
func (h *handler) forbidden(c *echo.Context) error {
	return echo.ErrForbidden
}

// A status the model cannot name.
func (h *handler) unknownStatus(c *echo.Context, code int) error {
	return echo.NewHTTPError(code, "")
}

// An error of unknown status, returned for the framework.
func (h *handler) unknownError(c *echo.Context, check func() error) error {
	if err := check(); err != nil {
		return err
	}
	return nil
}

// The middleware that sets the challenge before answering.
func basicAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if _, _, ok := c.Request().BasicAuth(); !ok {
			c.Response().Header().Set(echo.HeaderWWWAuthenticate, `Basic realm="Restricted"`)
			return echo.ErrUnauthorized
		}
		return next(c)
	}
}

// A 401 built but not returned for this request (logged elsewhere).
func (h *handler) notReturned(c *echo.Context, log func(error)) error {
	log(echo.NewHTTPError(http.StatusUnauthorized, ""))
	return c.NoContent(http.StatusOK)
}

// The writer under another name is the context's own response.
func (h *handler) viaLocalWriter(c *echo.Context) error {
	w := c.Response()
	w.Header().Set("WWW-Authenticate", "Bearer")
	return c.NoContent(http.StatusUnauthorized)
}
