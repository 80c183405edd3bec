package pocketbase

import (
	"net/http"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

func (h *handler) setFirst(c *core.RequestEvent) error {
	id := newID()
	c.Response.Header().Set("Location", "/items/"+id)
	return c.JSON(http.StatusCreated, item{ID: id})
}

func (h *handler) viaHeaderVar(c *core.RequestEvent) error {
	hdr := c.Response.Header()
	hdr.Set("Location", "/items/1")
	return c.NoContent(http.StatusCreated)
}

func (h *handler) viaMapIndex(c *core.RequestEvent) error {
	c.Response.Header()["Location"] = []string{"/items/1"}
	return c.NoContent(http.StatusCreated)
}

// Set on the only path that writes 201.
func (h *handler) onlyOnCreate(c *core.RequestEvent) error {
	if c.Request.URL.Query().Get("exists") != "" {
		return c.JSON(http.StatusOK, item{})
	}
	c.Response.Header().Set("Location", "/items/1")
	return c.JSON(http.StatusCreated, item{})
}

// Helpers of another package: one sets Location, one writes the whole 201.
func (h *handler) viaSetLocation(c *core.RequestEvent) error {
	pbhelp.SetLocation(c, newID())
	return c.JSON(http.StatusCreated, item{})
}

func (h *handler) viaCreated(c *core.RequestEvent) error {
	return pbhelp.Created(c, "/items/1", item{})
}

// A status the model cannot name, and not a 201.
func (h *handler) unknownStatus(c *core.RequestEvent, code int) error {
	return c.NoContent(code)
}

func (h *handler) accepted(c *core.RequestEvent) error {
	return c.JSON(http.StatusAccepted, item{})
}

// PUT creates the resource at the URL it names.
func (h *handler) putGuarded(c *core.RequestEvent) error {
	if c.Request.Method != http.MethodPut {
		c.Response.Header().Set("Allow", http.MethodPut)
		return apis.NewApiError(http.StatusMethodNotAllowed, "", nil)
	}
	return c.NoContent(http.StatusCreated)
}

// A closure sets Location.
func (h *handler) closureSets(c *core.RequestEvent) error {
	locate := func(id string) { c.Response.Header().Set("Location", "/items/"+id) }
	locate("1")
	return c.NoContent(http.StatusCreated)
}

// PUT and PATCH create the resource at the URL they name: registered so.
func (h *handler) putItem(c *core.RequestEvent) error {
	return c.JSON(http.StatusCreated, item{})
}

func putRoutes(se *core.ServeEvent) {
	h := &handler{}
	se.Router.PUT("/items/:id", h.putItem)
	g := se.Router.Group("/v2")
	g.PATCH("/things/:id", func(c *core.RequestEvent) error {
		return c.NoContent(http.StatusCreated)
	})
}
