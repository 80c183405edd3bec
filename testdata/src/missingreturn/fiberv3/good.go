package fiberv3

import (
	"log"

	"example.com/fiber3help"
	"github.com/gofiber/fiber/v3"
)

var requests int

func record(status int) { requests++ }

// The error response is returned: the usual fiber shape.
func returned(c fiber.Ctx) error {
	var in Item
	if err := c.Bind().Body(&in); err != nil {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "bad input"})
	}
	it, err := lookup(c.Params("id"))
	if err != nil {
		return fiber.ErrNotFound
	}
	return c.JSON(it)
}

// The error write is the last one on its path.
func lastWrite(c fiber.Ctx) error {
	if c.Query("id") == "" {
		c.Status(fiber.StatusBadRequest).SendString("missing id")
	}
	return nil
}

// The same, as the last write on an else path.
func lastOnPath(c fiber.Ctx) error {
	if c.Method() == fiber.MethodGet {
		c.SendString("ok")
	} else {
		c.SendStatus(fiber.StatusMethodNotAllowed)
	}
	return nil
}

// Logging between the error and the return.
func logThenReturn(c fiber.Ctx) error {
	it, err := lookup(c.Params("id"))
	if err != nil {
		c.Status(fiber.StatusInternalServerError).SendString("internal error")
		log.Println("lookup:", err)
		record(fiber.StatusInternalServerError)
		return nil
	}
	return c.JSON(it)
}

// The else makes the success write unreachable from the error.
func elseBranch(c fiber.Ctx) error {
	it, err := lookup(c.Params("id"))
	if err != nil {
		c.Status(fiber.StatusInternalServerError).SendString("internal error")
	} else {
		c.JSON(it)
	}
	return nil
}

// The error and the success body are cases of one switch.
func exclusiveCases(c fiber.Ctx) error {
	it, err := lookup(c.Params("id"))
	switch {
	case err == errNotFound:
		c.SendStatus(fiber.StatusNotFound)
	case err != nil:
		c.SendStatus(fiber.StatusInternalServerError)
	default:
		c.JSON(it)
	}
	log.Println("served", c.Path())
	return nil
}

// authorize writes a 401 on some paths only and says so in its result.
func authorize(c fiber.Ctx) bool {
	if c.Get("Authorization") == "" {
		c.Set("WWW-Authenticate", "Bearer")
		c.SendStatus(fiber.StatusUnauthorized)
		return false
	}
	return true
}

func guarded(c fiber.Ctx) error {
	if !authorize(c) {
		return nil
	}
	return c.SendString("secret")
}

// A success status in the branch, then the body.
func successThenWrite(c fiber.Ctx) error {
	if c.Method() == fiber.MethodPost {
		c.Status(fiber.StatusCreated)
	}
	return c.SendString("ok")
}

// The error helper of another package, returned.
func viaHelperReturned(c fiber.Ctx) error {
	it, err := lookup(c.Params("id"))
	if err != nil {
		return fiber3help.Error(c, fiber.StatusInternalServerError, "lookup failed")
	}
	return fiber3help.OK(c, it)
}

// The status chosen on a line of its own, and the one body written after
// the branches: fiber sends nothing before the handler returns.
func chooseStatus(c fiber.Ctx) error {
	resp := fiber.Map{"ok": true}
	var in Item
	if err := c.Bind().Body(&in); err != nil {
		c.Status(fiber.StatusBadRequest)
		resp = fiber.Map{"error": err.Error()}
	}
	return c.JSON(resp)
}
