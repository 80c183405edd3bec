package fiberv3

import (
	"example.com/fiber3help"
	"example.com/store"
	"github.com/gofiber/fiber/v3"
)

type item struct{ Name string }

type handler struct{ db *store.DB }

// An explicit 200 on an error path.
func (h *handler) explicit(c fiber.Ctx) error {
	items, err := h.db.List(c.Context())
	if err != nil {
		return c.Status(fiber.StatusOK).JSON(fiber.Map{"error": err.Error()}) // want `error response sent with status 200 \(http.StatusOK\); write the error's status instead, e.g. 500 \(http.StatusInternalServerError\)`
	}
	return c.JSON(items)
}

// No status at all: fiber sends 200.
func (h *handler) implicit(c fiber.Ctx) error {
	items, err := h.db.List(c.Context())
	if err != nil {
		return c.JSON(fiber.Map{"error": err.Error()}) // want `error response sent with implicit status 200: no status is written before the body; write the error's status first, e.g. c.Status\(fiber.StatusInternalServerError\)`
	}
	return c.JSON(items)
}

// The origin names the status that fits.
func decodeFailed(c fiber.Ctx) error {
	var in item
	if err := c.Bind().Body(&in); err != nil {
		return c.JSON(fiber.Map{"error": err.Error()}) // want `implicit status 200: .* e.g. c.Status\(fiber.StatusBadRequest\)`
	}
	return c.JSON(in)
}

// An error's text as a plain body.
func (h *handler) sendString(c fiber.Ctx) error {
	if _, err := h.db.List(c.Context()); err != nil {
		return c.SendString(err.Error()) // want `implicit status 200`
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// {"success": false} with an explicit 200, off any error path.
func successFalse(c fiber.Ctx) error {
	return c.Status(fiber.StatusOK).JSON(fiber.Map{"success": false, "message": "quota exceeded"}) // want `error response sent with status 200`
}

// A lookup that found nothing, served as success.
func (h *handler) notFound(c fiber.Ctx) error {
	u := h.db.Find(c.Context(), c.Params("name"))
	if u == nil {
		return c.JSON(nil) // want `lookup miss answered with status 200 and an empty body; write 404 \(http.StatusNotFound\) instead`
	}
	return c.JSON(u)
}

// The store method can only fail with ErrNotFound (a fact): the message says 404.
func (h *handler) deleteItem(c fiber.Ctx) error {
	if err := h.db.Delete(c.Context(), 1); err != nil {
		return c.JSON(fiber.Map{"error": err.Error()}) // want `e.g. c.Status\(fiber.StatusNotFound\)`
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// Through the helpers of another package: the body and the 200 they write.
func (h *handler) viaHelpers(c fiber.Ctx) error {
	if _, err := h.db.List(c.Context()); err != nil {
		return fiber3help.OK(c, fiber.Map{"error": err.Error()}) // want `implicit status 200`
	}
	if err := h.db.Create(c.Context(), &store.Item{}); err != nil {
		return fiber3help.JSON(c, fiber.StatusOK, fiber.Map{"error": err.Error()}) // want `error response sent with status 200`
	}
	return nil
}

// A closure registered on the router.
func routes(app *fiber.App, db *store.DB) {
	h := &handler{db: db}
	app.Get("/items", h.implicit)
	app.Post("/items", func(c fiber.Ctx) error {
		if err := db.Create(c.Context(), &store.Item{Name: c.FormValue("name")}); err != nil {
			return c.JSON(fiber.Map{"error": err.Error()}) // want `implicit status 200`
		}
		return c.SendStatus(fiber.StatusCreated)
	})
}
