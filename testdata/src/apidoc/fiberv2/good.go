package fiberv2

import "github.com/gofiber/fiber/v2"

// UpdateNote documents what it sends, including fiber's errors.
//
//	@Success	200		{object}	map[string]string
//	@Failure	400,404	{object}	map[string]string
//	@Router		/notes/{id} [put]
func UpdateNote(c *fiber.Ctx) error {
	var in struct{ Text string }
	if err := c.BodyParser(&in); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	if c.Params("id") == "" {
		return fiber.ErrNotFound
	}
	return c.JSON(in)
}
