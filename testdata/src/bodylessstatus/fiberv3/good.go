package fiberv3

import (
	"example.com/fiber3help"
	"github.com/gofiber/fiber/v3"
)

// The documented fix.
func updateRight(c fiber.Ctx) error {
	return c.Status(fiber.StatusOK).JSON(item{})
}

// 204 without a body, in every form.
func deleted(c fiber.Ctx) error {
	return c.SendStatus(fiber.StatusNoContent)
}

func statusOnly(c fiber.Ctx) error {
	c.Status(fiber.StatusNoContent)
	return nil
}

func viaHelper(c fiber.Ctx) error {
	return fiber3help.NoContent(c)
}

// An empty body is harmless.
func emptyBody(c fiber.Ctx) error {
	return c.Status(fiber.StatusNoContent).Send(nil)
}

// The status is 204 on one path and 200 on the other; the body is written
// only on the 200 path, which the model cannot tell apart: silent.
func maybeEmpty(c fiber.Ctx, data []byte) error {
	empty := len(data) == 0
	status := 200
	if empty {
		status = 204
	}
	c.Status(status)
	if !empty {
		return c.Send(data)
	}
	return nil
}

// 304 on one path, a body on the other.
func conditional(c fiber.Ctx) error {
	if c.Get("If-None-Match") == `"v1"` {
		return c.SendStatus(fiber.StatusNotModified)
	}
	c.Set("ETag", `"v1"`)
	return c.SendString("data")
}

// A default 204, replaced before the body: fiber sends the last status.
func replaced(c fiber.Ctx) error {
	c.Status(fiber.StatusNoContent)
	if c.Query("verbose") != "" {
		c.Status(fiber.StatusOK)
	}
	return c.SendString("done")
}

func replacedAlways(c fiber.Ctx) error {
	c.Status(fiber.StatusNoContent)
	c.Status(fiber.StatusOK)
	return c.JSON(item{})
}

// A status the model cannot name.
func unknownStatus(c fiber.Ctx, code int) error {
	return c.Status(code).SendString("x")
}

// The rest of the chain ran in between.
func afterNext(c fiber.Ctx) error {
	c.Status(fiber.StatusNoContent)
	if err := c.Next(); err != nil {
		return err
	}
	return c.SendString("x")
}

// A 204 chosen in a switch, with the body only in the other cases.
func switched(c fiber.Ctx) error {
	switch c.Method() {
	case fiber.MethodDelete:
		return c.SendStatus(fiber.StatusNoContent)
	default:
		return c.Status(fiber.StatusOK).SendString("x")
	}
}

// A header after the 204 is not a body.
func headerAfter(c fiber.Ctx) error {
	c.Status(fiber.StatusNoContent)
	c.Set("X-Deleted", "1")
	return nil
}
