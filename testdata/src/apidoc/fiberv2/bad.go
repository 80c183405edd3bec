package fiberv2

import "github.com/gofiber/fiber/v2"

// GetNote returns a note.
//
//	@Success	200	{object}	map[string]string
//	@Failure	400	{object}	map[string]string
//	@Router		/notes/{id} [get]
func GetNote(c *fiber.Ctx) error {
	if c.Params("id") == "" {
		return fiber.ErrNotFound // want `GetNote sends 404, which its annotations do not declare; add @Failure 404`
	}
	return c.JSON(fiber.Map{"id": c.Params("id")})
}

// CreateNote creates a note.
//
//	@Success	200	{object}	map[string]string
//	@Router		/notes [post]
func CreateNote(c *fiber.Ctx) error {
	return c.Status(fiber.StatusCreated).JSON(fiber.Map{}) // want `CreateNote sends 201 where its annotations document 200 as the success status; document @Success 201, or send 200`
}
