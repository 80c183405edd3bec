// Package fiberv3 holds only look-alikes: fasthttp buffers the whole
// response until the handler returns, so a header set after the status or
// the body still goes out with them, and lateheader has nothing to report.
package fiberv3

import (
	"example.com/fiber3help"
	"github.com/gofiber/fiber/v3"
)

type item struct{ ID string }

// The body, then the Location of what it describes.
func create(c fiber.Ctx) error {
	it := item{ID: "1"}
	if err := c.Status(fiber.StatusCreated).JSON(it); err != nil {
		return err
	}
	c.Location("/items/" + it.ID)
	return nil
}

// A header after SendString and after SendStatus.
func afterBody(c fiber.Ctx) error {
	c.SendString("ok")
	c.Set("Cache-Control", "no-store")
	c.Append("Vary", "Accept")
	return nil
}

func afterStatus(c fiber.Ctx) error {
	c.SendStatus(fiber.StatusNoContent)
	c.Set("X-Deleted", "1")
	return nil
}

// A request id stamped on every response after the rest of the chain ran.
func requestID(c fiber.Ctx) error {
	err := c.Next()
	c.Set("X-Request-Id", c.Get("X-Request-Id"))
	return err
}

// A helper of another package wrote the response first.
func afterHelper(c fiber.Ctx) error {
	fiber3help.JSON(c, fiber.StatusOK, item{})
	c.Set("ETag", `"v1"`)
	fiber3help.Challenge(c)
	return nil
}

type handler struct{}

// A method on a struct and a closure on the router.
func (h *handler) get(c fiber.Ctx) error {
	c.JSON(item{})
	c.Vary("Accept-Encoding")
	return nil
}

func routes(app *fiber.App) {
	h := &handler{}
	app.Get("/items/:id", h.get)
	app.Post("/items", func(c fiber.Ctx) error {
		c.Status(fiber.StatusAccepted).SendString("queued")
		c.Set("Retry-After", "30")
		return nil
	})
}
