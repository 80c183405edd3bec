package pocketbase

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/pocketbase/pocketbase/core"
)

type Item struct {
	ID   int
	Name string
}

func save(c *core.RequestEvent) string { return "1" }

type handler struct{}

// The Location of what was just created, set after the 201 went out.
func (h *handler) create(c *core.RequestEvent) error {
	u := "/items/" + save(c)
	c.NoContent(http.StatusCreated)
	c.Response.Header().Set("Location", u) // want `c.Response.Header\(\).Set\("Location", ...\) after the status was written is ignored; set headers before c.WriteHeader or the first write`
	return nil
}

// A rendered body sends the status with it.
func (h *handler) afterJSON(c *core.RequestEvent) error {
	c.JSON(http.StatusOK, Item{})
	c.Response.Header().Set("Cache-Control", "no-store") // want `c.Response.Header\(\).Set\("Cache-Control", ...\) after the status was written is ignored`
	return nil
}

// A raw write on the response.
func (h *handler) afterWrite(ctx *core.RequestEvent) error {
	ctx.Response.Write([]byte("hello"))
	ctx.Response.Header().Add("Vary", "Accept") // want `ctx.Response.Header\(\).Add\("Vary", ...\) after the status was written is ignored; set headers before ctx.WriteHeader or the first write`
	return nil
}

// An encoder over the response.
func (h *handler) afterEncode(c *core.RequestEvent) error {
	json.NewEncoder(c.Response).Encode(Item{})
	c.Response.Header().Set("Content-Type", "application/json") // want `after the status was written is ignored`
	return nil
}

// A header alias taken before the write.
func (h *handler) aliasBefore(c *core.RequestEvent) error {
	hdr := c.Response.Header()
	c.Response.WriteHeader(http.StatusAccepted)
	hdr.Set("X-Job", "42") // want `hdr.Set\("X-Job", ...\) after the status was written is ignored`
	return nil
}

// Deleting is as late as setting.
func (h *handler) deleteLate(c *core.RequestEvent) error {
	c.String(http.StatusOK, "ok")
	c.Response.Header().Del("ETag") // want `c.Response.Header\(\).Del\("ETag"\) after the status was written is ignored`
	return nil
}

// A cookie set through net/http on the event's response.
func (h *handler) cookie(c *core.RequestEvent) error {
	c.HTML(http.StatusOK, "<p>welcome</p>")
	http.SetCookie(c.Response, &http.Cookie{Name: "session", Value: "x"}) // want `http.SetCookie\(c.Response, ...\) after the status was written is ignored`
	return nil
}

// Written on one path only: still late there.
func (h *handler) onePath(c *core.RequestEvent) error {
	if c.Request.Method == http.MethodPost {
		c.NoContent(http.StatusCreated)
	}
	c.Response.Header().Set("X-Method", c.Request.Method) // want `c.Response.Header\(\).Set\("X-Method", ...\) after the status was written is ignored`
	return nil
}

// In a router closure, with the header read from a value computed before.
func routes(se *core.ServeEvent) {
	se.Router.GET("/items/:id", func(c *core.RequestEvent) error {
		id := c.Request.PathValue("id")
		c.Blob(http.StatusOK, "application/octet-stream", []byte(id))
		c.Response.Header().Set("X-Id", id) // want `c.Response.Header\(\).Set\("X-Id", ...\) after the status was written is ignored`
		return nil
	})
}

// The header reads a variable assigned after the write: no fix.
func (h *handler) assignedBetween(c *core.RequestEvent) error {
	n := 1
	c.NoContent(http.StatusAccepted)
	n++
	c.Response.Header().Set("X-N", strconv.Itoa(n)) // want `c.Response.Header\(\).Set\("X-N", ...\) after the status was written is ignored`
	return nil
}
