package fiberv3

import (
	"example.com/fiber3help"
	"github.com/gofiber/fiber/v3"
)

type rateLimiter struct{}

func (rateLimiter) Allow() bool { return false }

var limiter rateLimiter

// A rate-limiting middleware.
func limit(c fiber.Ctx) error {
	if !limiter.Allow() {
		return c.Status(fiber.StatusTooManyRequests).SendString("slow down") // want `429 response without Retry-After header; tell the client when to retry, e.g. c.Set\("Retry-After", "30"\)`
	}
	return c.Next()
}

// The predeclared errors.
func unavailable(ctx fiber.Ctx) error {
	return fiber.ErrServiceUnavailable // want `503 response without Retry-After header; tell the client when to retry, e.g. ctx.Set\("Retry-After", "30"\)`
}

func tooMany(c fiber.Ctx) error {
	if !limiter.Allow() {
		return fiber.ErrTooManyRequests // want `429 response without Retry-After header`
	}
	return nil
}

func newError(c fiber.Ctx) error {
	return fiber.NewError(fiber.StatusServiceUnavailable, "maintenance") // want `503 response without Retry-After header`
}

// Set in one branch only.
func oneBranch(c fiber.Ctx) error {
	if c.Query("known") != "" {
		c.Set("Retry-After", "30")
	}
	return c.SendStatus(fiber.StatusTooManyRequests) // want `429 response without Retry-After header`
}

// Either status may reach the write: one report.
func either(c fiber.Ctx) error {
	status := fiber.StatusServiceUnavailable
	if c.Query("user") != "" {
		status = fiber.StatusTooManyRequests
	}
	return c.SendStatus(status) // want `503 response without Retry-After header`
}

// A local helper writing 429 on its own: reported inside it.
func rejected(c fiber.Ctx) error {
	return c.Status(fiber.StatusTooManyRequests).JSON(fiber.Map{"error": "too many requests"}) // want `429 response without Retry-After header`
}

func callsRejected(c fiber.Ctx) error {
	return rejected(c)
}

// A closure taking the status: reported at the call.
func closure(c fiber.Ctx) error {
	fail := func(code int, msg string) error { return c.Status(code).SendString(msg) }
	return fail(fiber.StatusServiceUnavailable, "maintenance") // want `503 response without Retry-After header`
}

// A 429 passed to the error helper of another package.
func viaError(c fiber.Ctx) error {
	return fiber3help.Error(c, fiber.StatusTooManyRequests, "slow down") // want `429 response without Retry-After header`
}

type server struct{}

// A method on a struct and a closure on the router.
func (s *server) search(c fiber.Ctx) error {
	return c.SendStatus(fiber.StatusTooManyRequests) // want `429 response without Retry-After header`
}

func routes(app *fiber.App) {
	s := &server{}
	app.Get("/search", s.search)
	app.Use(func(c fiber.Ctx) error {
		if !limiter.Allow() {
			return fiber.ErrTooManyRequests // want `429 response without Retry-After header`
		}
		return c.Next()
	})
}
