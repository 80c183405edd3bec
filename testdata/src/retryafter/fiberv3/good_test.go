package fiberv3

import (
	"testing"

	"github.com/gofiber/fiber/v3"
)

// A test double answers a test, not a client.
func TestFake(t *testing.T) {
	app := fiber.New()
	app.Get("/search", func(c fiber.Ctx) error {
		return c.SendStatus(fiber.StatusTooManyRequests)
	})
}
