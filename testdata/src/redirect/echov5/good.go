package echov5

import (
	"net/http"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

// c.Redirect sets Location.
func (h *handler) movedRight(c *echo.Context) error {
	return c.Redirect(http.StatusMovedPermanently, "/new")
}

// Location set first, directly, through a variable and through the map.
func (h *handler) setFirst(c *echo.Context) error {
	c.Response().Header().Set(echo.HeaderLocation, "/new")
	return c.NoContent(http.StatusFound)
}

func (h *handler) viaHeaderVar(c *echo.Context) error {
	hdr := c.Response().Header()
	hdr.Set("Location", "/new")
	return c.NoContent(http.StatusSeeOther)
}

func (h *handler) viaMapIndex(c *echo.Context) error {
	c.Response().Header()["Location"] = []string{"/new"}
	return echo.NewHTTPError(http.StatusTemporaryRedirect, "")
}

// Set on both branches.
func (h *handler) bothBranches(c *echo.Context) error {
	if next := c.QueryParam("next"); next != "" {
		c.Response().Header().Set(echo.HeaderLocation, next)
	} else {
		c.Response().Header().Set(echo.HeaderLocation, "/")
	}
	return c.NoContent(http.StatusPermanentRedirect)
}

// Not redirects that point somewhere.
func (h *handler) notModified(c *echo.Context) error {
	return c.NoContent(http.StatusNotModified)
}

func (h *handler) multipleChoices(c *echo.Context) error {
	return c.HTML(http.StatusMultipleChoices, `<a href="/en">en</a> <a href="/fr">fr</a>`)
}

// A status the model cannot name.
func (h *handler) unknownStatus(c *echo.Context, code int) error {
	return c.Redirect(code, "/")
}

// A helper of another package that sets Location itself.
func (h *handler) viaHelper(c *echo.Context) error {
	return echohelp.Redirect(c, http.StatusFound, "/")
}

// 303 after a POST; 307 and 308 keep the method; GET with a 301.
func (h *handler) postSeeOther(c *echo.Context) error {
	if c.Request().Method != http.MethodPost {
		return echo.ErrMethodNotAllowed
	}
	return c.Redirect(http.StatusSeeOther, "/items/1")
}

func (h *handler) postKeep(c *echo.Context) error {
	if c.Request().Method != http.MethodPost {
		return echo.ErrMethodNotAllowed
	}
	return c.Redirect(http.StatusPermanentRedirect, "/v2/items")
}

func (h *handler) getMoved(c *echo.Context) error {
	if c.Request().Method != http.MethodGet {
		return echo.ErrMethodNotAllowed
	}
	return c.Redirect(http.StatusMovedPermanently, "/new")
}

// Methods unknown: the registration is not followed, and no guard.
func goodRoutes(e *echo.Echo) {
	h := &handler{}
	// 303 after a POST, 307 and 308 after a PATCH or DELETE.
	e.POST("/items", func(c *echo.Context) error {
		return c.Redirect(http.StatusSeeOther, "/items/1")
	})
	e.PATCH("/v1/items/:id", func(c *echo.Context) error {
		return c.Redirect(http.StatusTemporaryRedirect, "/v2/items")
	})
	e.DELETE("/v1/items/:id", h.deleteMoved)
	// Registered for GET and POST: the 302 may be the GET's.
	e.GET("/form", h.form)
	e.POST("/form", h.form)
	e.GET("/old", func(c *echo.Context) error {
		return c.Redirect(http.StatusMovedPermanently, "/new")
	})
	e.Match([]string{http.MethodGet, http.MethodPost}, "/form", func(c *echo.Context) error {
		return c.Redirect(http.StatusFound, "/")
	})
}

func (h *handler) deleteMoved(c *echo.Context) error {
	return c.Redirect(http.StatusPermanentRedirect, "/v2/items")
}

func (h *handler) form(c *echo.Context) error {
	return c.Redirect(http.StatusFound, "/")
}
