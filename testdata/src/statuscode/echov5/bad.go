package echov5

import (
	"net/http"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

type handler struct{}

// A typo for 201.
func (h *handler) create(c *echo.Context) error {
	return c.JSON(2010, nil) // want `status 2010 is not an HTTP status code \(100–599\); use an http.Status constant`
}

// Zero makes net/http panic.
func (h *handler) zero(c *echo.Context) error {
	return c.NoContent(0) // want `status 0 is not an HTTP status code`
}

// An application error code returned as a status.
const errQuota = 1042

func (h *handler) appCode(c *echo.Context) error {
	return echo.NewHTTPError(errQuota, "quota exceeded") // want `status 1042 is not an HTTP status code`
}

func (h *handler) literal(c *echo.Context) error {
	return &echo.HTTPError{Code: 40, Message: "bad"} // want `status 40 is not an HTTP status code`
}

// A digit short: echo refuses it and writes nothing.
func (h *handler) redirect(c *echo.Context) error {
	return c.Redirect(30, "/") // want `status 30 is not an HTTP status code`
}

// Reported where the constant is chosen.
func (h *handler) viaVariable(c *echo.Context) error {
	status := 2000 // want `status 2000 is not an HTTP status code`
	if c.QueryParam("missing") != "" {
		status = 4040 // want `status 4040 is not an HTTP status code`
	}
	return c.String(status, "x")
}

// Arithmetic on constants is still a constant.
func (h *handler) arithmetic(c *echo.Context) error {
	return c.Blob(http.StatusOK*10, echo.MIMEOctetStream, nil) // want `status 2000 is not an HTTP status code`
}

// Passed to a helper of another package that writes it.
func (h *handler) viaHelper(c *echo.Context) error {
	return echohelp.Error(c, 600, "oops") // want `status 600 is not an HTTP status code`
}

func routes(e *echo.Echo) {
	e.GET("/x", func(c *echo.Context) error {
		c.Response().WriteHeader(20) // want `status 20 is not an HTTP status code`
		return nil
	})
}
