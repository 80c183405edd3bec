package fiberv2

import (
	"strconv"
	"time"

	"example.com/fiberhelp"
	"github.com/go-playground/validator/v10"
	"github.com/gofiber/fiber/v2"
)

type createRequest struct {
	Name string `json:"name" validate:"required"`
}

func (r createRequest) Validate() error { return nil }

var validate = validator.New()

type handler struct{}

// The body fails to parse: the client's fault, answered with 500.
func (h *handler) create(c *fiber.Ctx) error {
	var req createRequest
	if err := c.BodyParser(&req); err != nil {
		return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": err.Error()}) // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(parsing the request body\); use 400 \(http.StatusBadRequest\)`
	}
	return c.JSON(req)
}

// A path parameter that is not a number, answered with a returned error.
func (h *handler) get(c *fiber.Ctx) error {
	id, err := strconv.Atoi(c.Params("id"))
	if err != nil {
		return fiber.NewError(fiber.StatusInternalServerError, "bad id") // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(parsing request input\)`
	}
	return c.JSON(id)
}

// The predeclared error.
func (h *handler) getInt(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.ErrInternalServerError // want `500 .* for an error caused by client input \(parsing the path parameters\)`
	}
	return c.JSON(id)
}

// The query, through a local.
func (h *handler) since(c *fiber.Ctx) error {
	raw := c.Query("since")
	since, err := time.Parse(time.RFC3339, raw)
	if err != nil {
		return c.SendStatus(fiber.StatusInternalServerError) // want `500 .* for an error caused by client input \(parsing request input\)`
	}
	return c.JSON(since)
}

type filter struct{ Limit int }

func (h *handler) list(c *fiber.Ctx) error {
	var f filter
	if err := c.QueryParser(&f); err != nil {
		return c.Status(fiber.StatusServiceUnavailable).SendString(err.Error()) // want `503 \(http.StatusServiceUnavailable\) for an error caused by client input \(parsing the query\)`
	}
	return c.JSON(f)
}

// Well-formed but invalid.
func (h *handler) validated(c *fiber.Ctx) error {
	var req createRequest
	if err := c.BodyParser(&req); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	if err := req.Validate(); err != nil {
		return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": err.Error()}) // want `client input \(validating the request\); use 422 \(http.StatusUnprocessableEntity\)`
	}
	return c.JSON(req)
}

// The status kept in a variable, the error from the validator.
func (h *handler) statusVar(c *fiber.Ctx) error {
	var req createRequest
	if err := c.BodyParser(&req); err != nil {
		return fiber.ErrBadRequest
	}
	status := fiber.StatusOK
	if err := validate.Struct(req); err != nil {
		status = fiber.StatusInternalServerError // want `500 .* for an error caused by client input \(validating the request\)`
	}
	return c.SendStatus(status)
}

// Through helpers of another package: the decoding helper's errors are the
// client's (a fact), and the error helper writes the status it is given.
func (h *handler) viaHelpers(c *fiber.Ctx) error {
	var req createRequest
	if err := fiberhelp.Decode(c, &req); err != nil {
		return fiberhelp.Error(c, fiber.StatusInternalServerError, err.Error()) // want `500 .* for an error caused by client input \(parsing the request body\)`
	}
	id, err := fiberhelp.ParamID(c)
	if err != nil {
		return fiberhelp.Error(c, fiber.StatusInternalServerError, "bad id") // want `500 .* for an error caused by client input \(parsing request input\)`
	}
	return c.JSON(id)
}

// A closure registered on the router.
func routes(app *fiber.App) {
	h := &handler{}
	app.Post("/items", h.create)
	app.Put("/items/:id", func(c *fiber.Ctx) error {
		var req createRequest
		if err := c.BodyParser(&req); err != nil {
			return fiber.NewError(fiber.StatusInternalServerError, err.Error()) // want `500 .* for an error caused by client input \(parsing the request body\)`
		}
		return c.SendStatus(fiber.StatusNoContent)
	})
}

// A parser's error returned as it is: the error handler answers it with 500.
func rawParse(c *fiber.Ctx) error {
	id, err := strconv.Atoi(c.Params("id"))
	if err != nil {
		return err // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
	}
	return c.JSON(id)
}
