package echov5

import (
	"net/http"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

func (h *handler) setFirst(c *echo.Context) error {
	id := newID()
	c.Response().Header().Set(echo.HeaderLocation, "/items/"+id)
	return c.JSON(http.StatusCreated, item{ID: id})
}

func (h *handler) viaHeaderVar(c *echo.Context) error {
	hdr := c.Response().Header()
	hdr.Set("Location", "/items/1")
	return c.NoContent(http.StatusCreated)
}

func (h *handler) viaMapIndex(c *echo.Context) error {
	c.Response().Header()["Location"] = []string{"/items/1"}
	return c.NoContent(http.StatusCreated)
}

// Set on the only path that writes 201.
func (h *handler) onlyOnCreate(c *echo.Context) error {
	if c.QueryParam("exists") != "" {
		return c.JSON(http.StatusOK, item{})
	}
	c.Response().Header().Set(echo.HeaderLocation, "/items/1")
	return c.JSON(http.StatusCreated, item{})
}

// Helpers of another package: one sets Location, one writes the whole 201.
func (h *handler) viaSetLocation(c *echo.Context) error {
	echohelp.SetLocation(c, newID())
	return c.JSON(http.StatusCreated, item{})
}

func (h *handler) viaCreated(c *echo.Context) error {
	return echohelp.Created(c, "/items/1", item{})
}

// A status the model cannot name, and not a 201.
func (h *handler) unknownStatus(c *echo.Context, code int) error {
	return c.NoContent(code)
}

func (h *handler) accepted(c *echo.Context) error {
	return c.JSON(http.StatusAccepted, item{})
}

// PUT creates the resource at the URL it names.
func (h *handler) putGuarded(c *echo.Context) error {
	if c.Request().Method != http.MethodPut {
		c.Response().Header().Set(echo.HeaderAllow, http.MethodPut)
		return echo.ErrMethodNotAllowed
	}
	return c.NoContent(http.StatusCreated)
}

// A closure sets Location.
func (h *handler) closureSets(c *echo.Context) error {
	locate := func(id string) { c.Response().Header().Set(echo.HeaderLocation, "/items/"+id) }
	locate("1")
	return c.NoContent(http.StatusCreated)
}

// PUT and PATCH create the resource at the URL they name: registered so.
func (h *handler) putItem(c *echo.Context) error {
	return c.JSON(http.StatusCreated, item{})
}

func putRoutes(e *echo.Echo) {
	h := &handler{}
	e.PUT("/items/:id", h.putItem)
	g := e.Group("/v2")
	g.PATCH("/things/:id", func(c *echo.Context) error {
		return c.NoContent(http.StatusCreated)
	})
}
