package fiberehgood

import (
	"errors"

	"github.com/gofiber/fiber/v2"
)

// The app's error handler adds the challenge to every 401 it sends: the
// returns are fine. Its generic 5xx branch is never a 401's.
func New() *fiber.App {
	app := fiber.New(fiber.Config{
		ErrorHandler: func(c *fiber.Ctx, err error) error {
			code := fiber.StatusInternalServerError
			var e *fiber.Error
			if errors.As(err, &e) {
				code = e.Code
			}
			if code == fiber.StatusUnauthorized {
				c.Set(fiber.HeaderWWWAuthenticate, `Bearer realm="api"`)
			}
			if code >= 500 {
				return c.Status(code).JSON(fiber.Map{"error": "internal"})
			}
			return c.Status(code).JSON(fiber.Map{"error": err.Error()})
		},
	})
	app.Get("/me", me)
	return app
}

func me(c *fiber.Ctx) error {
	if c.Get("Authorization") == "" {
		return fiber.ErrUnauthorized
	}
	return c.SendString("me")
}
