package fiberv3

import (
	"github.com/gofiber/fiber/v3"
)

// PutItem declares what it sends.
//
//	@Success	204
//	@Failure	400,404	{object}	map[string]string
//	@Router		/items/{id} [put]
func PutItem(c fiber.Ctx) error {
	switch c.Params("id") {
	case "":
		return c.Status(fiber.StatusBadRequest).JSON(map[string]string{"error": "no id"})
	case "0":
		return c.Status(fiber.StatusNotFound).JSON(map[string]string{"error": "no such item"})
	}
	return c.SendStatus(fiber.StatusNoContent)
}
