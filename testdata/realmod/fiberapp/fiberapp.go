// Package fiberapp is a fiber v2 API with the mistakes statuslint reports.
package fiberapp

import "github.com/gofiber/fiber/v2"

type createUser struct {
	Email string `json:"email"`
}

func Register(app *fiber.App) {
	app.Post("/users", func(c *fiber.Ctx) error {
		var in createUser
		if err := c.BodyParser(&in); err != nil {
			return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": err.Error()}) // clienterror
		}
		return c.Status(fiber.StatusCreated).JSON(in)
	})
	app.Get("/me", func(c *fiber.Ctx) error {
		if c.Get("Authorization") == "" {
			return fiber.ErrUnauthorized // wwwauthenticate
		}
		c.Status(fiber.StatusCreated)
		c.Set("Location", "/me") // not late: fiber buffers the response
		return c.SendString("ok")
	})
}
