package pocketbase

import (
	"net/http"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

// c.Redirect sets Location.
func (h *handler) movedRight(c *core.RequestEvent) error {
	return c.Redirect(http.StatusMovedPermanently, "/new")
}

// Location set first, directly, through a variable and through the map.
func (h *handler) setFirst(c *core.RequestEvent) error {
	c.Response.Header().Set("Location", "/new")
	return c.NoContent(http.StatusFound)
}

func (h *handler) viaHeaderVar(c *core.RequestEvent) error {
	hdr := c.Response.Header()
	hdr.Set("Location", "/new")
	return c.NoContent(http.StatusSeeOther)
}

func (h *handler) viaMapIndex(c *core.RequestEvent) error {
	c.Response.Header()["Location"] = []string{"/new"}
	return apis.NewApiError(http.StatusTemporaryRedirect, "", nil)
}

// Set on both branches.
func (h *handler) bothBranches(c *core.RequestEvent) error {
	if next := c.Request.URL.Query().Get("next"); next != "" {
		c.Response.Header().Set("Location", next)
	} else {
		c.Response.Header().Set("Location", "/")
	}
	return c.NoContent(http.StatusPermanentRedirect)
}

// Not redirects that point somewhere.
func (h *handler) notModified(c *core.RequestEvent) error {
	return c.NoContent(http.StatusNotModified)
}

func (h *handler) multipleChoices(c *core.RequestEvent) error {
	return c.HTML(http.StatusMultipleChoices, `<a href="/en">en</a> <a href="/fr">fr</a>`)
}

// A status the model cannot name.
func (h *handler) unknownStatus(c *core.RequestEvent, code int) error {
	return c.Redirect(code, "/")
}

// A helper of another package that sets Location itself.
func (h *handler) viaHelper(c *core.RequestEvent) error {
	return pbhelp.Redirect(c, http.StatusFound, "/")
}

// 303 after a POST; 307 and 308 keep the method; GET with a 301.
func (h *handler) postSeeOther(c *core.RequestEvent) error {
	if c.Request.Method != http.MethodPost {
		return apis.NewApiError(http.StatusMethodNotAllowed, "", nil)
	}
	return c.Redirect(http.StatusSeeOther, "/items/1")
}

func (h *handler) postKeep(c *core.RequestEvent) error {
	if c.Request.Method != http.MethodPost {
		return apis.NewApiError(http.StatusMethodNotAllowed, "", nil)
	}
	return c.Redirect(http.StatusPermanentRedirect, "/v2/items")
}

func (h *handler) getMoved(c *core.RequestEvent) error {
	if c.Request.Method != http.MethodGet {
		return apis.NewApiError(http.StatusMethodNotAllowed, "", nil)
	}
	return c.Redirect(http.StatusMovedPermanently, "/new")
}

// Methods unknown: the registration is not followed, and no guard.
func goodRoutes(se *core.ServeEvent) {
	h := &handler{}
	// 303 after a POST, 307 and 308 after a PATCH or DELETE.
	se.Router.POST("/items", func(c *core.RequestEvent) error {
		return c.Redirect(http.StatusSeeOther, "/items/1")
	})
	se.Router.PATCH("/v1/items/:id", func(c *core.RequestEvent) error {
		return c.Redirect(http.StatusTemporaryRedirect, "/v2/items")
	})
	se.Router.DELETE("/v1/items/:id", h.deleteMoved)
	// Registered for GET and POST: the 302 may be the GET's.
	se.Router.GET("/form", h.form)
	se.Router.POST("/form", h.form)
	se.Router.GET("/old", func(c *core.RequestEvent) error {
		return c.Redirect(http.StatusMovedPermanently, "/new")
	})
	se.Router.Route(http.MethodGet, "/either", h.either)
	se.Router.Route(http.MethodPost, "/either", h.either)
}

func (h *handler) deleteMoved(c *core.RequestEvent) error {
	return c.Redirect(http.StatusPermanentRedirect, "/v2/items")
}

func (h *handler) form(c *core.RequestEvent) error {
	return c.Redirect(http.StatusFound, "/")
}

func (h *handler) either(c *core.RequestEvent) error {
	return c.Redirect(http.StatusFound, "/")
}
