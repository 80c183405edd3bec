package echov5

import (
	"net/http"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

type item struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

func newID() string { return "42" }

type handler struct{}

// The new item in the body, its URL nowhere.
func (h *handler) createItem(c *echo.Context) error {
	it := item{ID: newID()}
	return c.JSON(http.StatusCreated, it) // want `201 response without Location header; point the client at the new resource, e.g. c.Response\(\).Header\(\).Set\("Location", "/items/"\+id\)`
}

func (h *handler) noContent(ctx *echo.Context) error {
	return ctx.NoContent(201) // want `201 response without Location header; point the client at the new resource, e.g. ctx.Response\(\)`
}

// Set in one branch only.
func (h *handler) oneBranch(c *echo.Context) error {
	if id := c.QueryParam("id"); id != "" {
		c.Response().Header().Set(echo.HeaderLocation, "/items/"+id)
	}
	return c.String(http.StatusCreated, "created") // want `201 response without Location header`
}

// Another header, not Location.
func (h *handler) contentLocation(c *echo.Context) error {
	c.Response().Header().Set("Content-Location", "/items/1")
	return c.NoContent(http.StatusCreated) // want `201 response without Location header`
}

// The status chosen away from the write.
func (h *handler) viaVariable(c *echo.Context) error {
	status := http.StatusOK
	if c.QueryParam("new") != "" {
		status = http.StatusCreated
	}
	return c.JSON(status, item{}) // want `201 response without Location header`
}

// A helper of another package given 201.
func (h *handler) viaHelper(c *echo.Context) error {
	return echohelp.JSON(c, http.StatusCreated, item{}) // want `201 response without Location header`
}

// A POST guard, and a router closure.
func (h *handler) postGuarded(c *echo.Context) error {
	if c.Request().Method != http.MethodPost {
		return echo.ErrMethodNotAllowed
	}
	return c.JSON(http.StatusCreated, item{}) // want `201 response without Location header`
}

// Registered for POST and PUT: the POST needs Location.
func (h *handler) upsert(c *echo.Context) error {
	return c.NoContent(http.StatusCreated) // want `201 response without Location header`
}

func routes(e *echo.Echo) {
	h := &handler{}
	e.PUT("/items/:id", h.upsert)
	e.POST("/items/:id", h.upsert)
	e.POST("/things", func(c *echo.Context) error {
		return c.JSON(http.StatusCreated, item{ID: newID()}) // want `201 response without Location header`
	})
}
