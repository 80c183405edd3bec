package fiberv2

import (
	"errors"
	"strconv"
	"time"

	"example.com/fiberhelp"
	"github.com/gofiber/fiber/v2"
)

// Named statuses.
func named(c *fiber.Ctx) error {
	if c.Method() != fiber.MethodGet {
		return fiber.ErrMethodNotAllowed
	}
	return c.Status(fiber.StatusOK).JSON(fiber.Map{})
}

// Numbers in range are left alone.
func literals(c *fiber.Ctx) error {
	if c.Path() == "/gone" {
		return c.SendStatus(410)
	}
	status := 201
	return c.Status(status).SendString("created")
}

// The bounds, and codes net/http does not name: valid.
func bounds(c *fiber.Ctx) error {
	switch c.Path() {
	case "/a":
		return c.SendStatus(100)
	case "/b":
		return c.SendStatus(599)
	case "/c":
		return c.SendStatus(499) // nginx: client closed request
	case "/d":
		return fiber.NewError(520, "origin down") // Cloudflare
	}
	return c.SendStatus(fiber.StatusEarlyHints)
}

// Statuses computed at run time.
func runtimeStatus(c *fiber.Ctx, code int) error {
	n, _ := strconv.Atoi(c.Query("status"))
	if n != 0 {
		return c.SendStatus(n)
	}
	return c.SendStatus(code)
}

// Big numbers that never reach a status.
func notStatus(c *fiber.Ctx) error {
	retries := 2000
	time.Sleep(time.Duration(retries) * time.Millisecond)
	c.Set("X-Limit", strconv.Itoa(9999))
	return c.SendString(strconv.Itoa(2000))
}

// A bad status assigned, then overwritten before the write.
func overwritten(c *fiber.Ctx) error {
	status := 2000
	_ = status
	status = fiber.StatusAccepted
	return c.SendStatus(status)
}

// A closure writing a good status.
func goodClosure(c *fiber.Ctx) error {
	ok := func() error { return c.SendStatus(fiber.StatusNoContent) }
	return ok()
}

// 0 as "not chosen yet", replaced before the write.
func sentinelZero(c *fiber.Ctx) error {
	statusCode := 0
	if c.Query("created") != "" {
		statusCode = fiber.StatusCreated
	}
	if statusCode == 0 {
		statusCode = fiber.StatusOK
	}
	return c.SendStatus(statusCode)
}

// Good statuses through the helpers of another package.
func viaHelpers(c *fiber.Ctx) error {
	if c.Path() == "" {
		return fiberhelp.Error(c, fiber.StatusNotFound, "not found")
	}
	if c.Path() == "/gone" {
		return fiberhelp.NoContent(c)
	}
	return fiberhelp.JSON(c, 200, nil)
}

// An error handler: the status comes from the error.
func newApp() *fiber.App {
	return fiber.New(fiber.Config{
		ErrorHandler: func(c *fiber.Ctx, err error) error {
			code := fiber.StatusInternalServerError
			var e *fiber.Error
			if errors.As(err, &e) {
				code = e.Code
			}
			return c.Status(code).SendString(err.Error())
		},
	})
}
