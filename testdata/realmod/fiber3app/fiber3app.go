// Package fiber3app is a fiber v3 API with the mistakes statuslint reports.
package fiber3app

import "github.com/gofiber/fiber/v3"

func Register(app *fiber.App) {
	app.Get("/me", func(c fiber.Ctx) error {
		if c.Get("Authorization") == "" {
			return c.SendStatus(fiber.StatusUnauthorized) // wwwauthenticate
		}
		return c.JSON(fiber.Map{"ok": true})
	})
}
