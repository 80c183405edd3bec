package fiberv2

import (
	"errors"

	"example.com/fiberhelp"
	"example.com/store"
	"github.com/gofiber/fiber/v2"
)

var defaults = []store.Item{{Name: "default"}}

// A cache miss falls back to a default and serves it.
func (h *handler) cacheMiss(c *fiber.Ctx) error {
	items, err := h.db.Cached(c.UserContext(), "items")
	if err != nil {
		items = defaults
		return c.JSON(items)
	}
	return c.JSON(items)
}

func (h *handler) cacheMissDirect(c *fiber.Ctx) error {
	if _, err := h.db.Cached(c.UserContext(), "items"); err != nil {
		return c.Status(fiber.StatusOK).JSON(defaults)
	}
	return nil
}

var errNotModified = errors.New("not modified")

func notModified(c *fiber.Ctx, check func() error) error {
	if err := check(); errors.Is(err, errNotModified) {
		return c.SendStatus(fiber.StatusNotModified)
	}
	return nil
}

// The right status, chained, returned, or through a helper.
func (h *handler) rightStatus(c *fiber.Ctx) error {
	if _, err := h.db.List(c.UserContext()); err != nil {
		return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": err.Error()})
	}
	if _, err := h.db.Get(c.UserContext(), 1); err != nil {
		return fiber.NewError(fiber.StatusInternalServerError, err.Error())
	}
	if err := h.db.Update(c.UserContext(), &store.Item{}); err != nil {
		return fiberhelp.Error(c, fiber.StatusInternalServerError, err.Error())
	}
	if _, err := h.db.Cached(c.UserContext(), "x"); err != nil {
		return fiber.ErrServiceUnavailable
	}
	return nil
}

// The status set on its own line, the body after it.
func (h *handler) statusFirst(c *fiber.Ctx) error {
	if _, err := h.db.List(c.UserContext()); err != nil {
		c.Status(fiber.StatusBadGateway)
		return c.JSON(fiber.Map{"error": err.Error()})
	}
	return nil
}

// {"error": null} on a success response.
func (h *handler) nullError(c *fiber.Ctx) error {
	items, _ := h.db.List(c.UserContext())
	return c.JSON(fiber.Map{"data": items, "error": nil})
}

// A status the model cannot see.
func (h *handler) unknownStatus(c *fiber.Ctx, code int) error {
	if _, err := h.db.List(c.UserContext()); err != nil {
		return c.Status(code).JSON(fiber.Map{"error": err.Error()})
	}
	return nil
}

// The status depends on the path: one of them is not a 2xx.
func (h *handler) mixed(c *fiber.Ctx) error {
	_, err := h.db.List(c.UserContext())
	code := fiber.StatusOK
	if c.Query("strict") != "" {
		code = fiber.StatusInternalServerError
	}
	if err != nil {
		return c.Status(code).SendString(err.Error())
	}
	return nil
}

// The error comes back from the rest of the chain, which may have written
// the status (an error-reporting middleware).
func recoverer(c *fiber.Ctx) error {
	if err := c.Next(); err != nil {
		return c.JSON(fiber.Map{"error": err.Error()})
	}
	return nil
}

// A nil body outside an error path.
func emptyList(c *fiber.Ctx) error {
	return c.JSON(nil)
}

// A 201 with a real result.
func (h *handler) created(c *fiber.Ctx) error {
	it := &store.Item{Name: c.FormValue("name")}
	if err := h.db.Create(c.UserContext(), it); err != nil {
		return c.Status(fiber.StatusInternalServerError).SendString(err.Error())
	}
	c.Location("/items/1")
	return c.Status(fiber.StatusCreated).JSON(it)
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
			return c.Status(code).JSON(fiber.Map{"error": err.Error()})
		},
	})
}
