// Package fiberv3 is what the model sees of fiber v3 handlers: every write
// is buffered until the handler returns.
package fiberv3

import (
	"github.com/gofiber/fiber/v3"
)

func item(c fiber.Ctx) error {
	if c.Query("id") == "" {
		return fiber.NewError(fiber.StatusBadRequest, "missing id")
	}
	c.Set("Cache-Control", "no-store")
	return c.Status(fiber.StatusOK).JSON(fiber.Map{"id": c.Query("id")})
}

func moved(c fiber.Ctx) error {
	return c.Redirect().Status(fiber.StatusMovedPermanently).To("/new")
}

func routes(app *fiber.App) {
	app.Get("/items", item)
	app.Post("/old", moved)
}
