package fiberv3

import (
	"database/sql"
	"os"
	"strconv"

	"github.com/gofiber/fiber/v3"
)

type store struct{ db *sql.DB }

// A database failure is the server's: 500 is right.
func (s *store) create(c fiber.Ctx) error {
	var req createRequest
	if err := c.Bind().Body(&req); err != nil {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": err.Error()})
	}
	if _, err := s.db.Exec("INSERT INTO items VALUES ($1)", req.Name); err != nil {
		return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": err.Error()})
	}
	return c.SendStatus(fiber.StatusCreated)
}

// The same shape, the status in a variable, err from the database.
func (s *store) statusVarDB(c fiber.Ctx) error {
	_, err := s.db.Exec("DELETE FROM items")
	status := fiber.StatusOK
	if err != nil {
		status = fiber.StatusInternalServerError
	}
	return c.SendStatus(status)
}

// err is reassigned by the database call before the check.
func (s *store) reassigned(c fiber.Ctx) error {
	var req createRequest
	err := c.Bind().Body(&req)
	if err != nil {
		return fiber.ErrBadRequest
	}
	_, err = s.db.Exec("INSERT")
	if err != nil {
		return fiber.ErrInternalServerError
	}
	return nil
}

// Parsing the configuration, not the request.
func parseConfig(c fiber.Ctx) error {
	n, err := strconv.Atoi(os.Getenv("LIMIT"))
	if err != nil {
		return fiber.NewError(fiber.StatusInternalServerError, "misconfigured")
	}
	return c.JSON(n)
}

// Either error may reach the check: the model cannot tell whose fault it is.
func (s *store) eitherError(c fiber.Ctx) error {
	var req createRequest
	err := c.Bind().Body(&req)
	if req.Name == "" {
		_, err = s.db.Exec("SELECT 1")
	}
	if err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	return nil
}

// 4xx for the client's error is right, in every form.
func right(c fiber.Ctx) error {
	id, err := strconv.Atoi(c.Params("id"))
	if err != nil {
		return c.Status(fiber.StatusBadRequest).SendString("bad id")
	}
	var p itemURI
	if err := c.Bind().URI(&p); err != nil {
		return fiber.ErrBadRequest
	}
	var req createRequest
	if err := c.Bind().Body(&req); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	if err := validate.Struct(req); err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, err.Error())
	}
	return c.JSON(id)
}

// A 500 after the parse error branch returned.
func afterReturn(c fiber.Ctx) error {
	var req createRequest
	if err := c.Bind().Body(&req); err != nil {
		return fiber.ErrBadRequest
	}
	return c.SendStatus(fiber.StatusInternalServerError)
}

// The rest of the chain failed: not the client's input.
func middleware(c fiber.Ctx) error {
	if err := c.Next(); err != nil {
		return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": err.Error()})
	}
	return nil
}
