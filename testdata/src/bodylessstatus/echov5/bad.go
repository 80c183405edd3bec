package echov5

import (
	"net/http"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

type item struct{ Name string }

type handler struct{}

// A rendered body with 204: the bytes never reach the client.
func (h *handler) update(c *echo.Context) error {
	return c.JSON(http.StatusNoContent, item{}) // want `^body written after 204 \(http\.StatusNoContent\), which cannot have one; drop the body or send 200$`
}

func (h *handler) notModified(c *echo.Context) error {
	if c.Request().Header.Get("If-None-Match") == `"v1"` {
		return c.String(http.StatusNotModified, "not modified") // want `body written after 304 \(http\.StatusNotModified\), which cannot have one`
	}
	return c.String(http.StatusOK, "data")
}

// NoContent, then a raw body on every path.
func (h *handler) raw(c *echo.Context) error {
	c.NoContent(204)
	_, err := c.Response().Write([]byte("{}")) // want `body written after 204 \(http\.StatusNoContent\)`
	return err
}

// Either status forbids the body.
func (h *handler) eitherWay(c *echo.Context) error {
	status := http.StatusNoContent
	if c.Request().Header.Get("If-None-Match") != "" {
		status = http.StatusNotModified
	}
	return c.Blob(status, echo.MIMEOctetStream, []byte("x")) // want `^body written after 204 \(http\.StatusNoContent\) or 304 \(http\.StatusNotModified\), which cannot have one either way; drop the body or send 200$`
}

// 101 with a body.
func (h *handler) switching(c *echo.Context) error {
	c.Response().Header().Set("Upgrade", "websocket")
	return c.String(http.StatusSwitchingProtocols, "hello") // want `^body written after 101 \(http\.StatusSwitchingProtocols\), which cannot have one; drop the body, or hijack the connection to speak the new protocol$`
}

// A helper of another package given 204 and a body: reported at the call.
func (h *handler) viaHelper(c *echo.Context) error {
	return echohelp.JSON(c, http.StatusNoContent, item{}) // want `body written after 204`
}

func routes(e *echo.Echo) {
	e.DELETE("/items/:id", func(c *echo.Context) error {
		return c.JSON(http.StatusNoContent, echo.Map{"deleted": true}) // want `body written after 204`
	})
	e.GET("/items/:id", func(c *echo.Context) error {
		return c.XMLBlob(http.StatusNotModified, []byte("<item/>")) // want `body written after 304`
	})
}
