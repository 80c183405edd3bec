package echov5

import (
	"net/http"
	"strconv"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

func (h *handler) before(c *echo.Context) error {
	c.Response().Header().Set(echo.HeaderLocation, "/items/1")
	return c.NoContent(http.StatusCreated)
}

// Declared trailers are set after the body.
func (h *handler) declaredTrailer(c *echo.Context) error {
	c.Response().Header().Set("Trailer", "X-Checksum")
	c.Response().Write([]byte("data"))
	c.Response().Header().Set("X-Checksum", "abc")
	return nil
}

// Undeclared trailers use the prefix.
func (h *handler) prefixTrailer(c *echo.Context) error {
	c.Response().Write([]byte("data"))
	c.Response().Header().Set(http.TrailerPrefix+"X-Sum", "abc")
	return nil
}

// A middleware sets headers after the next handler ran: it cannot see
// whether the response was written.
func serverHeader(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		err := next(c)
		c.Response().Header().Set("X-Served-By", "mw")
		return err
	}
}

// A hook that runs just before the response is written.
func (h *handler) beforeHook(c *echo.Context) error {
	resp, err := echo.UnwrapResponse(c.Response())
	if err != nil {
		return err
	}
	resp.Before(func() {
		c.Response().Header().Set("X-Timing", "1ms")
	})
	return c.String(http.StatusOK, "ok")
}

// The only earlier write is an error response the handler did not return
// from, on some paths: missingreturn's finding.
func (h *handler) afterMissingReturn(c *echo.Context) error {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusBadRequest, echo.Map{"error": "bad id"})
	}
	c.Response().Header().Set("X-Id", strconv.Itoa(id))
	return c.String(http.StatusOK, "ok")
}

// 103 Early Hints: the final status and its headers are still to come.
func (h *handler) earlyHints(c *echo.Context) error {
	c.Response().Header().Add("Link", "</style.css>; rel=preload; as=style")
	c.Response().WriteHeader(http.StatusEarlyHints)
	c.Response().Header().Set(echo.HeaderContentType, "text/html")
	return c.HTML(http.StatusOK, "<html>")
}

// A helper that answers on some paths only, checked.
func (h *handler) guarded(c *echo.Context) error {
	if !echohelp.Authorize(c) {
		return nil
	}
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextPlain)
	return c.String(http.StatusOK, "secret")
}

// Headers set in the else of the write.
func (h *handler) exclusive(c *echo.Context) error {
	if c.Request().Method == http.MethodHead {
		return c.NoContent(http.StatusOK)
	}
	c.Response().Header().Set(echo.HeaderCacheControl, "no-cache")
	return c.String(http.StatusOK, "body")
}

// A header set by a helper of another package, before the write.
func (h *handler) viaHelper(c *echo.Context) error {
	echohelp.SetLocation(c, "1")
	return c.JSON(http.StatusCreated, nil)
}

// A header on another request's response.
func goodRoutes(e *echo.Echo) {
	e.GET("/copy", func(c *echo.Context) error {
		other := e.NewContext(c.Request(), c.Response())
		other.Response().Header().Set("X-Other", "1")
		return c.String(http.StatusOK, "ok")
	})
}
