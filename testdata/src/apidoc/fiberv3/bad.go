package fiberv3

import (
	"github.com/gofiber/fiber/v3"
)

// GetItem returns an item.
//
//	@Success	200	{object}	map[string]string
//	@Router		/items/{id} [get]
func GetItem(c fiber.Ctx) error {
	if c.Params("id") == "" {
		return c.Status(fiber.StatusNotFound).JSON(map[string]string{"error": "no such item"}) // want `GetItem sends 404, which its annotations do not declare; add @Failure 404`
	}
	return c.JSON(map[string]string{"id": c.Params("id")})
}
