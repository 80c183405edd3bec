// Package fiberv2 registers handlers with fiber v2: a group, app.Route
// with a literal, several handlers for one route, and fiber's errors.
package fiberv2

import (
	"github.com/gofiber/fiber/v2"
)

func Routes() *fiber.App {
	app := fiber.New()
	api := app.Group("/api")
	api.Get("/notes/:id", getNote)
	api.Post("/notes", limit, createNote)
	app.Route("/admin", func(r fiber.Router) {
		r.Delete("/notes/:id", deleteNote)
	})
	return app
}

func limit(c *fiber.Ctx) error { return c.Next() }

func getNote(c *fiber.Ctx) error {
	if c.Params("id") == "" {
		return fiber.ErrNotFound
	}
	return c.JSON(fiber.Map{"id": c.Params("id")})
}

func createNote(c *fiber.Ctx) error {
	var in struct{ Text string }
	if err := c.BodyParser(&in); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	return c.Status(fiber.StatusCreated).JSON(in)
}

func deleteNote(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusNoContent)
}
