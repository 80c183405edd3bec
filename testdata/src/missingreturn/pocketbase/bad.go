package pocketbase

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/pocketbase/pocketbase/core"
)

type Item struct{ Name string }

func save(in Item) Item { return in }

var errNotFound = errors.New("not found")

func lookup(id string) (Item, error) { return Item{}, nil }

type handler struct{}

// The error response is not returned: the handler binds on and answers again.
func (h *handler) create(c *core.RequestEvent) error {
	var in Item
	if err := c.BindBody(&in); err != nil {
		c.String(http.StatusBadRequest, "bad input") // want `c.String\(http.StatusBadRequest, "bad input"\) writes an error response but the handler goes on to write again; add a return after it`
	}
	return c.JSON(http.StatusCreated, save(in))
}

// NoContent with an error status, then the success body.
func (h *handler) get(c *core.RequestEvent) error {
	it, err := lookup(c.Request.PathValue("id"))
	if err != nil {
		c.NoContent(http.StatusInternalServerError) // want `c.NoContent\(http.StatusInternalServerError\) writes an error response but the handler goes on to write again; add a return after it`
	}
	return c.JSON(http.StatusOK, it)
}

// Inside a loop: the error falls through to the append, and the loop ends
// in the success body.
func (h *handler) many(c *core.RequestEvent) error {
	var items []Item
	for _, id := range c.Request.URL.Query()["id"] {
		it, err := lookup(id)
		if err != nil {
			c.JSON(http.StatusNotFound, map[string]any{"error": id}) // want `c.JSON\(http.StatusNotFound, map\[string\]any{…}\) writes an error response`
		}
		items = append(items, it)
	}
	return c.JSON(http.StatusOK, items)
}

// A case of a switch falls out of the switch into the write below it.
func (h *handler) switchCase(c *core.RequestEvent) error {
	it, err := lookup(c.Request.PathValue("id"))
	switch {
	case errors.Is(err, errNotFound):
		c.String(http.StatusNotFound, "not found") // want `c.String\(http.StatusNotFound, "not found"\) writes an error response`
	case err != nil:
		c.NoContent(http.StatusInternalServerError) // want `c.NoContent\(http.StatusInternalServerError\) writes an error response`
	}
	return c.JSON(http.StatusOK, it)
}

// Logging after the error, but no return.
func (h *handler) logNoReturn(c *core.RequestEvent) error {
	it, err := lookup(c.Request.PathValue("id"))
	if err != nil {
		c.String(http.StatusInternalServerError, "internal error") // want `writes an error response`
		println("lookup:", err.Error())
	}
	return c.JSON(http.StatusOK, it)
}

// Router closures and a nested branch.
func routes(se *core.ServeEvent) {
	se.Router.GET("/items", func(c *core.RequestEvent) error {
		if c.Request.URL.Query().Get("id") == "" {
			c.String(http.StatusBadRequest, "missing id") // want `c.String\(http.StatusBadRequest, "missing id"\) writes an error response`
		}
		return c.String(http.StatusOK, "ok")
	})
	se.Router.POST("/items", func(c *core.RequestEvent) error {
		if c.Request.ContentLength > 0 {
			var in Item
			if err := c.BindBody(&in); err != nil {
				c.NoContent(400) // want `c.NoContent\(400\) writes an error response`
			}
			c.NoContent(http.StatusCreated)
		}
		return nil
	})
}

// A writer without results gets the fix.
func writeResult(c *core.RequestEvent, it Item, err error) {
	if err != nil {
		c.String(http.StatusInternalServerError, err.Error()) // want `c.String\(http.StatusInternalServerError, err.Error\(\)\) writes an error response but the handler goes on to write again; add a return after it`
	}
	c.JSON(http.StatusOK, it)
}

// Known false positive: the model does not correlate the two conditions.
func (h *handler) exclusiveIfs(c *core.RequestEvent) error {
	it, err := lookup(c.Request.PathValue("id"))
	if err != nil {
		c.NoContent(http.StatusInternalServerError) // want `writes an error response`
	}
	if err == nil {
		return c.JSON(http.StatusOK, it)
	}
	return nil
}

// The limit is checked after the item was answered with an error.
func (h *handler) limited(c *core.RequestEvent) error {
	n, err := strconv.Atoi(c.Request.URL.Query().Get("n"))
	if err != nil {
		c.JSON(http.StatusBadRequest, map[string]any{"error": "n"}) // want `writes an error response`
	}
	return c.JSON(http.StatusOK, n*2)
}
