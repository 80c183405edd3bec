// Package fiberv2 holds only look-alikes: fasthttp buffers the whole
// response until the handler returns, so a later status replaces an earlier
// one (nothing has been sent), and superfluouswrite has nothing to report.
package fiberv2

import (
	"example.com/fiberhelp"
	"github.com/gofiber/fiber/v2"
)

type item struct{ ID string }

// A default status, replaced once the outcome is known.
func defaultStatus(c *fiber.Ctx, found bool) error {
	c.Status(fiber.StatusNotFound)
	if found {
		c.Status(fiber.StatusOK)
	}
	return c.JSON(item{})
}

// Two statuses in a row: the second wins.
func twice(c *fiber.Ctx) error {
	c.Status(fiber.StatusOK)
	return c.SendStatus(fiber.StatusAccepted)
}

// A body, then the status it goes out with.
func bodyThenStatus(c *fiber.Ctx) error {
	c.SendString("queued")
	return c.SendStatus(fiber.StatusAccepted)
}

// A write, then an error returned for the error handler, which rewrites
// the response.
func writeThenError(c *fiber.Ctx) error {
	if err := c.JSON(item{}); err != nil {
		return fiber.ErrInternalServerError
	}
	return nil
}

// A helper of another package wrote a status, then the handler another.
func afterHelper(c *fiber.Ctx) error {
	fiberhelp.NoContent(c)
	return c.Status(fiber.StatusOK).JSON(item{})
}

type handler struct{}

// A method on a struct and a closure on the router.
func (h *handler) get(c *fiber.Ctx) error {
	c.Status(fiber.StatusOK).JSON(item{})
	return c.SendStatus(fiber.StatusNotModified)
}

func routes(app *fiber.App) {
	h := &handler{}
	app.Get("/items/:id", h.get)
	app.Put("/items/:id", func(c *fiber.Ctx) error {
		c.SendStatus(fiber.StatusCreated)
		return c.Status(fiber.StatusOK).JSON(item{})
	})
}
