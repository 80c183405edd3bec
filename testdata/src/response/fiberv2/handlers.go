// Package fiberv2 is what the model sees of fiber v2 handlers: every write
// is buffered until the handler returns.
package fiberv2

import (
	"github.com/gofiber/fiber/v2"
)

func item(c *fiber.Ctx) error {
	var in struct{ Name string }
	if err := c.BodyParser(&in); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "bad body")
	}
	if in.Name == "" {
		return fiber.ErrUnauthorized
	}
	c.Status(fiber.StatusCreated).JSON(in)
	c.Set("Location", "/items/1")
	return nil
}

func routes(app *fiber.App) {
	app.Post("/items", item)
	app.Get("/x", func(c *fiber.Ctx) error { return c.SendStatus(fiber.StatusNoContent) })
}
