package fiberv3

import (
	"example.com/fiber3help"
	"github.com/gofiber/fiber/v3"
)

func create(c fiber.Ctx) error {
	if c.Method() != fiber.MethodPost {
		return c.SendStatus(fiber.StatusMethodNotAllowed) // want `405 response without Allow header; set it to the allowed methods first, e\.g\. c\.Set\("Allow", "POST"\)`
	}
	return nil
}

// The predeclared error a handler returns.
func returned(c fiber.Ctx) error {
	if c.Method() != fiber.MethodGet {
		return fiber.ErrMethodNotAllowed // want `405 response without Allow header`
	}
	return nil
}

func newError(c fiber.Ctx) error {
	if c.Method() != fiber.MethodGet {
		return fiber.NewError(fiber.StatusMethodNotAllowed, "use GET") // want `405 response without Allow header`
	}
	return nil
}

// Allow set in one branch of an if, 405 written after the join.
func oneBranch(c fiber.Ctx) error {
	if c.Method() == fiber.MethodPut {
		c.Set("Allow", "GET, HEAD")
	}
	return c.Status(fiber.StatusMethodNotAllowed).JSON(fiber.Map{"error": "method not allowed"}) // want `405 response without Allow header`
}

func methodSwitch(c fiber.Ctx) error {
	switch c.Method() {
	case fiber.MethodGet:
		return c.SendString("ok")
	default:
		return c.Status(405).SendString("method not allowed") // want `405 response without Allow header`
	}
}

type api struct{}

// A method on a struct, and a closure on the router.
func (a *api) items(c fiber.Ctx) error {
	if c.Method() != fiber.MethodGet {
		return c.SendStatus(fiber.StatusMethodNotAllowed) // want `405 response without Allow header`
	}
	return nil
}

func routes(app *fiber.App) {
	a := &api{}
	app.Add([]string{fiber.MethodGet}, "/items", a.items)
	app.Use(func(c fiber.Ctx) error {
		if c.Method() == "TRACE" {
			return fiber.ErrMethodNotAllowed // want `405 response without Allow header`
		}
		return c.Next()
	})
}

// The error helper of another package never sets Allow: reported at the call.
func viaErrorHelper(c fiber.Ctx) error {
	return fiber3help.Error(c, fiber.StatusMethodNotAllowed, "method not allowed") // want `405 response without Allow header`
}
