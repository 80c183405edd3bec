package fiberv3

import (
	"errors"

	"example.com/fiber3help"
	"example.com/store"
	"github.com/go-playground/validator/v10"
	"github.com/gofiber/fiber/v3"
)

type createRequest struct {
	Email string `json:"email" validate:"required,email"`
}

func (r createRequest) Validate() error { return nil }

var validate = validator.New()

type handler struct{ db *store.DB }

// A switch on the error, the duplicate answered with 400.
func (h *handler) create(c fiber.Ctx) error {
	var req createRequest
	if err := c.Bind().Body(&req); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	err := h.db.Create(c.Context(), &store.Item{Name: req.Email})
	switch {
	case errors.Is(err, store.ErrDuplicate):
		return fiber.NewError(fiber.StatusBadRequest, "email taken") // want `400 \(http.StatusBadRequest\) for a conflict \(store.ErrDuplicate\); use 409 \(http.StatusConflict\)`
	case errors.Is(err, store.ErrNotFound):
		return fiber.ErrNotFound
	case err != nil:
		return fiber.ErrInternalServerError
	}
	return c.SendStatus(fiber.StatusCreated)
}

func (h *handler) versionMismatch(c fiber.Ctx) error {
	if err := h.db.Update(c.Context(), &store.Item{}); err == store.ErrVersionMismatch {
		return c.SendStatus(fiber.StatusBadRequest) // want `400 .* for a conflict \(store.ErrVersionMismatch\); use 409`
	}
	return nil
}

func validatorStruct(c fiber.Ctx) error {
	var req createRequest
	if err := c.Bind().Body(&req); err != nil {
		return fiber.ErrBadRequest
	}
	if err := validate.Struct(req); err != nil {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": err.Error()}) // want `400 \(http.StatusBadRequest\) for a well-formed request that failed validation \(validating the request\); use 422 \(http.StatusUnprocessableEntity\)`
	}
	return c.JSON(req)
}

func validateMethod(c fiber.Ctx) error {
	var req createRequest
	if err := c.Bind().Body(&req); err != nil {
		return fiber.ErrBadRequest
	}
	if err := req.Validate(); err != nil {
		return fiber.ErrBadRequest // want `failed validation .*; use 422`
	}
	return c.JSON(req)
}

// The handler says it is a conflict itself.
func (h *handler) existsMessage(c fiber.Ctx) error {
	if existing := h.db.Find(c.Context(), c.FormValue("email")); existing != nil {
		return c.Status(fiber.StatusBadRequest).SendString("user already exists") // want `400 .* for a conflict \("user already exists"\); use 409`
	}
	return nil
}

func (h *handler) existsError(c fiber.Ctx) error {
	if existing := h.db.Find(c.Context(), c.FormValue("email")); existing != nil {
		return fiber.NewError(fiber.StatusBadRequest, "user already exists") // want `400 .* for a conflict \("user already exists"\); use 409`
	}
	return nil
}

type pgError struct{ Code string }

func (e *pgError) Error() string { return e.Code }

// A unique violation from the driver.
func (h *handler) uniqueViolation(c fiber.Ctx) error {
	err := h.db.Create(c.Context(), &store.Item{})
	var pgErr *pgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return c.SendStatus(400) // want `400 .* for a conflict .*; use 409`
	}
	return nil
}

// The status kept in a variable.
func (h *handler) statusVar(c fiber.Ctx) error {
	status := fiber.StatusCreated
	if err := h.db.Create(c.Context(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
		status = fiber.StatusBadRequest // want `400 .* for a conflict`
	}
	return c.SendStatus(status)
}

// Through the error helper of another package, in a closure on the router.
func routes(app *fiber.App, db *store.DB) {
	app.Post("/users", func(c fiber.Ctx) error {
		if err := db.Create(c.Context(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
			return fiber3help.Error(c, fiber.StatusBadRequest, "taken") // want `400 .* for a conflict \(store.ErrDuplicate\)`
		}
		return c.SendStatus(fiber.StatusCreated)
	})
}
