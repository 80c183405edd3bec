package fiberv2

import (
	"testing"

	"github.com/gofiber/fiber/v2"
)

// A test double answers a test, not a client.
func TestFake(t *testing.T) {
	app := fiber.New()
	app.Post("/items", func(c *fiber.Ctx) error {
		return c.SendStatus(fiber.StatusCreated)
	})
}
