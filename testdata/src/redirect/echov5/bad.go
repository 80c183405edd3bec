package echov5

import (
	"net/http"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

type handler struct{}

// A redirect status without a target.
func (h *handler) moved(c *echo.Context) error {
	return c.NoContent(http.StatusMovedPermanently) // want `^301 \(http\.StatusMovedPermanently\) redirect without Location header; set it to the target first, e\.g\. c\.Response\(\)\.Header\(\)\.Set\("Location", url\), or use c\.Redirect$`
}

func (h *handler) found(ctx *echo.Context) error {
	return ctx.String(http.StatusFound, "moved") // want `^302 \(http\.StatusFound\) redirect without Location header; set it to the target first, e\.g\. ctx\.Response\(\)\.Header\(\)\.Set\("Location", url\), or use ctx\.Redirect$`
}

// Returned for the framework to write.
func (h *handler) returned(c *echo.Context) error {
	return echo.NewHTTPError(http.StatusTemporaryRedirect, "") // want `307 \(http\.StatusTemporaryRedirect\) redirect without Location header`
}

// Location set in one branch only.
func (h *handler) oneBranch(c *echo.Context) error {
	if next := c.QueryParam("next"); next != "" {
		c.Response().Header().Set(echo.HeaderLocation, next)
	}
	return c.NoContent(http.StatusSeeOther) // want `303 \(http\.StatusSeeOther\) redirect without Location header`
}

// Removed again before the write.
func (h *handler) deleted(c *echo.Context) error {
	c.Response().Header().Set(echo.HeaderLocation, "/new")
	c.Response().Header().Del(echo.HeaderLocation)
	return c.NoContent(http.StatusPermanentRedirect) // want `308 \(http\.StatusPermanentRedirect\) redirect without Location header`
}

// The status kept in a variable.
func (h *handler) viaVariable(c *echo.Context) error {
	code := http.StatusOK
	if c.QueryParam("old") != "" {
		code = http.StatusMovedPermanently
	}
	return c.NoContent(code) // want `301 \(http\.StatusMovedPermanently\) redirect without Location header`
}

// A POST guard with a 302: the browser follows with a GET.
func (h *handler) login(c *echo.Context) error {
	if c.Request().Method != http.MethodPost {
		c.Response().Header().Set(echo.HeaderAllow, http.MethodPost)
		return echo.ErrMethodNotAllowed
	}
	return c.Redirect(http.StatusFound, "/") // want `^302 \(http\.StatusFound\) redirect from a POST handler: clients follow it with a GET; send 303 \(http\.StatusSeeOther\) to point them at the result, or 307 \(http\.StatusTemporaryRedirect\) to keep the method$`
}

// A PUT guard with a 301, through a helper of another package.
func (h *handler) putItem(c *echo.Context) error {
	if c.Request().Method != http.MethodPut {
		return echo.ErrMethodNotAllowed
	}
	return echohelp.Redirect(c, http.StatusMovedPermanently, "/items/2") // want `^301 \(http\.StatusMovedPermanently\) redirect from a PUT handler: clients follow it with a GET; send 303 \(http\.StatusSeeOther\) to point them at the result, or 308 \(http\.StatusPermanentRedirect\) to keep the method$`
}

// Registered for POST and PUT: the methods come from the routes.
func (h *handler) logout(c *echo.Context) error {
	return c.Redirect(http.StatusMovedPermanently, "/") // want `301 \(http\.StatusMovedPermanently\) redirect from a POST handler`
}

func (h *handler) replace(c *echo.Context) error {
	return c.Redirect(302, "/items") // want `302 \(http\.StatusFound\) redirect from a PUT handler: clients follow it with a GET; send 303 \(http\.StatusSeeOther\) to point them at the result, or 307`
}

// Both mistakes at once, in a router closure.
func routes(e *echo.Echo) {
	h := &handler{}
	e.POST("/login", func(c *echo.Context) error {
		return c.Redirect(http.StatusFound, "/") // want `^302 \(http\.StatusFound\) redirect from a POST handler`
	})
	e.POST("/logout", h.logout)
	g := e.Group("/api")
	g.PUT("/items/:id", h.replace)
	e.Any("/bare", func(c *echo.Context) error {
		if c.Request().Method != "POST" {
			return echo.ErrMethodNotAllowed
		}
		return c.NoContent(http.StatusFound) // want `302 \(http\.StatusFound\) redirect without Location header` `302 \(http\.StatusFound\) redirect from a POST handler`
	})
}
