package fiberv2

import (
	"example.com/fiberhelp"
	"github.com/gofiber/fiber/v2"
)

type item struct{ ID string }

func newID() string { return "42" }

// The documented example, chained.
func createItem(c *fiber.Ctx) error {
	id := newID()
	return c.Status(fiber.StatusCreated).JSON(item{ID: id}) // want `201 response without Location header; point the client at the new resource, e.g. c.Set\("Location", "/items/"\+id\)`
}

// A literal, and the context's own name in the message.
func literal(ctx *fiber.Ctx) error {
	return ctx.SendStatus(201) // want `201 response without Location header; point the client at the new resource, e.g. ctx.Set\("Location", "/items/"\+id\)`
}

// The status on a line of its own.
func statusLine(c *fiber.Ctx) error {
	c.Status(fiber.StatusCreated) // want `201 response without Location header`
	return c.SendString(newID())
}

// Set in one branch only.
func oneBranch(c *fiber.Ctx) error {
	if id := c.Query("id"); id != "" {
		c.Location("/items/" + id)
	}
	return c.SendStatus(fiber.StatusCreated) // want `201 response without Location header`
}

// Another header, not Location.
func contentLocation(c *fiber.Ctx) error {
	c.Set("Content-Location", "/items/1")
	return c.SendStatus(fiber.StatusCreated) // want `201 response without Location header`
}

// The status chosen away from the write.
func viaVariable(c *fiber.Ctx) error {
	status := fiber.StatusOK
	if c.Query("new") != "" {
		status = fiber.StatusCreated
	}
	return c.SendStatus(status) // want `201 response without Location header`
}

// A local helper that writes 201 on its own: reported inside it.
func created(c *fiber.Ctx, v any) error {
	return c.Status(fiber.StatusCreated).JSON(v) // want `201 response without Location header`
}

func callsCreated(c *fiber.Ctx) error {
	return created(c, item{})
}

// A 201 passed to a helper of another package that never sets Location.
func viaJSON(c *fiber.Ctx) error {
	return fiberhelp.JSON(c, fiber.StatusCreated, item{ID: "1"}) // want `201 response without Location header`
}

type handler struct{}

// A method on a struct and a closure on the router.
func (h *handler) create(c *fiber.Ctx) error {
	return c.Status(fiber.StatusCreated).JSON(item{}) // want `201 response without Location header`
}

func routes(app *fiber.App) {
	h := &handler{}
	app.Post("/items", h.create)
	app.Post("/things", func(c *fiber.Ctx) error {
		return c.SendStatus(fiber.StatusCreated) // want `201 response without Location header`
	})
}
