package fibereh

import (
	"errors"

	"github.com/gofiber/fiber/v2"
)

// The app's error handler writes every returned error's status, and never
// sets WWW-Authenticate: one finding, here, with the returns related.
func New() *fiber.App {
	app := fiber.New(fiber.Config{
		ErrorHandler: func(c *fiber.Ctx, err error) error { // want `401 returned to this error handler goes out without WWW-Authenticate header; .* \(2 returns\)`
			code := fiber.StatusInternalServerError
			var e *fiber.Error
			if errors.As(err, &e) {
				code = e.Code
			}
			return c.Status(code).JSON(fiber.Map{"error": err.Error()})
		},
	})
	app.Get("/me", me)
	app.Get("/keys", keys)
	return app
}

func me(c *fiber.Ctx) error {
	if c.Get("Authorization") == "" {
		return fiber.ErrUnauthorized
	}
	return c.SendString("me")
}

func keys(c *fiber.Ctx) error {
	if c.Get("X-Key") == "" {
		return fiber.NewError(fiber.StatusUnauthorized, "no key")
	}
	return c.SendString("keys")
}
