package fiberv2

import (
	"errors"
	"strconv"

	"example.com/fiberhelp"
	"example.com/store"
	"github.com/gofiber/fiber/v2"
)

// 400 for malformed input is right.
func malformed(c *fiber.Ctx) error {
	var req createRequest
	if err := c.BodyParser(&req); err != nil {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": err.Error()})
	}
	if _, err := strconv.Atoi(c.Params("id")); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "bad id")
	}
	if err := fiberhelp.Decode(c, &req); err != nil {
		return fiberhelp.Error(c, fiber.StatusBadRequest, err.Error())
	}
	return nil
}

// 409 and 422 where they fit.
func (h *handler) right(c *fiber.Ctx) error {
	var req createRequest
	if err := c.BodyParser(&req); err != nil {
		return fiber.ErrBadRequest
	}
	if err := validate.Struct(req); err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, err.Error())
	}
	switch err := h.db.Create(c.UserContext(), &store.Item{}); {
	case errors.Is(err, store.ErrDuplicate):
		return fiber.ErrConflict
	case errors.Is(err, store.ErrNotFound):
		return c.Status(fiber.StatusNotFound).SendString("not found")
	}
	return nil
}

// A 400 for an error the model cannot trace.
func untraced(c *fiber.Ctx, check func() error) error {
	if err := check(); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	return nil
}

// A message that is not about a conflict.
func message(c *fiber.Ctx) error {
	if c.FormValue("name") == "" {
		return c.Status(fiber.StatusBadRequest).SendString("name is required")
	}
	return nil
}

// "already exists" with a status that is not 400.
func (h *handler) existsRight(c *fiber.Ctx) error {
	if existing := h.db.Find(c.UserContext(), c.FormValue("email")); existing != nil {
		return fiber.NewError(fiber.StatusConflict, "user already exists")
	}
	return nil
}

// The duplicate is checked, but the 400 is for a different, later error.
func (h *handler) laterError(c *fiber.Ctx) error {
	if err := h.db.Create(c.UserContext(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
		return c.Status(fiber.StatusConflict).SendString("taken")
	}
	if _, err := strconv.Atoi(c.Query("n")); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	return nil
}
