package fiberv2

import (
	"example.com/fiberhelp"
	"github.com/gofiber/fiber/v2"
)

// The predeclared error, from an auth middleware.
func requireAuth(c *fiber.Ctx) error {
	if c.Get("Authorization") == "" {
		return fiber.ErrUnauthorized // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. c.Set\("WWW-Authenticate", "Bearer"\)`
	}
	return c.Next()
}

func sendStatus(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
}

func chained(c *fiber.Ctx) error {
	return c.Status(401).JSON(fiber.Map{"error": "unauthorized"}) // want `401 response without WWW-Authenticate header`
}

func newError(c *fiber.Ctx) error {
	return fiber.NewError(fiber.StatusUnauthorized, "missing token") // want `401 response without WWW-Authenticate header`
}

func errorLiteral(c *fiber.Ctx) error {
	return &fiber.Error{Code: fiber.StatusUnauthorized, Message: "missing token"} // want `401 response without WWW-Authenticate header`
}

// Set in one branch only: not on every path. The message names the context.
func oneBranch(ctx *fiber.Ctx) error {
	if ctx.Query("basic") != "" {
		ctx.Set("WWW-Authenticate", "Basic")
	}
	return ctx.SendStatus(fiber.StatusUnauthorized) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. ctx.Set\("WWW-Authenticate", "Bearer"\)`
}

// The status kept in a variable.
func viaVariable(c *fiber.Ctx) error {
	status := fiber.StatusOK
	if c.Get("Authorization") == "" {
		status = fiber.StatusUnauthorized
	}
	return c.SendStatus(status) // want `401 response without WWW-Authenticate header`
}

// A helper of this package that writes a 401 on its own is reported inside it.
func unauthorized(c *fiber.Ctx) error {
	return c.Status(fiber.StatusUnauthorized).SendString("unauthorized") // want `401 response without WWW-Authenticate header`
}

func callsUnauthorized(c *fiber.Ctx) error {
	return unauthorized(c)
}

// The error helper of another package never sets the header: reported at the call.
func viaErrorHelper(c *fiber.Ctx) error {
	return fiberhelp.Error(c, fiber.StatusUnauthorized, "x") // want `401 response without WWW-Authenticate header`
}

// The helper that sets it is called in one branch only.
func helperOneBranch(c *fiber.Ctx) error {
	if c.Query("x") != "" {
		fiberhelp.Challenge(c)
	}
	return fiber.ErrUnauthorized // want `401 response without WWW-Authenticate header`
}

type server struct{}

// A method on a struct and a closure on a router group.
func (s *server) me(c *fiber.Ctx) error {
	return fiber.ErrUnauthorized // want `401 response without WWW-Authenticate header`
}

func routes(app *fiber.App) {
	s := &server{}
	api := app.Group("/api")
	api.Get("/me", s.me)
	api.Post("/login", func(c *fiber.Ctx) error {
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "bad credentials"}) // want `401 response without WWW-Authenticate header`
	})
}
