package pocketbase

import (
	"net/http"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

type item struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

func newID() string { return "42" }

type handler struct{}

// The new item in the body, its URL nowhere.
func (h *handler) createItem(c *core.RequestEvent) error {
	it := item{ID: newID()}
	return c.JSON(http.StatusCreated, it) // want `201 response without Location header; point the client at the new resource, e.g. c.Response.Header\(\).Set\("Location", "/items/"\+id\)`
}

func (h *handler) noContent(ctx *core.RequestEvent) error {
	return ctx.NoContent(201) // want `201 response without Location header; point the client at the new resource, e.g. ctx.Response`
}

// Set in one branch only.
func (h *handler) oneBranch(c *core.RequestEvent) error {
	if id := c.Request.URL.Query().Get("id"); id != "" {
		c.Response.Header().Set("Location", "/items/"+id)
	}
	return c.String(http.StatusCreated, "created") // want `201 response without Location header`
}

// Another header, not Location.
func (h *handler) contentLocation(c *core.RequestEvent) error {
	c.Response.Header().Set("Content-Location", "/items/1")
	return c.NoContent(http.StatusCreated) // want `201 response without Location header`
}

// The status chosen away from the write.
func (h *handler) viaVariable(c *core.RequestEvent) error {
	status := http.StatusOK
	if c.Request.URL.Query().Get("new") != "" {
		status = http.StatusCreated
	}
	return c.JSON(status, item{}) // want `201 response without Location header`
}

// A helper of another package given 201.
func (h *handler) viaHelper(c *core.RequestEvent) error {
	return pbhelp.JSON(c, http.StatusCreated, item{}) // want `201 response without Location header`
}

// A POST guard, and a router closure.
func (h *handler) postGuarded(c *core.RequestEvent) error {
	if c.Request.Method != http.MethodPost {
		return apis.NewApiError(http.StatusMethodNotAllowed, "", nil)
	}
	return c.JSON(http.StatusCreated, item{}) // want `201 response without Location header`
}

// Registered for POST and PUT: the POST needs Location.
func (h *handler) upsert(c *core.RequestEvent) error {
	return c.NoContent(http.StatusCreated) // want `201 response without Location header`
}

func routes(se *core.ServeEvent) {
	h := &handler{}
	se.Router.PUT("/items/:id", h.upsert)
	se.Router.POST("/items/:id", h.upsert)
	se.Router.POST("/things", func(c *core.RequestEvent) error {
		return c.JSON(http.StatusCreated, item{ID: newID()}) // want `201 response without Location header`
	})
}
