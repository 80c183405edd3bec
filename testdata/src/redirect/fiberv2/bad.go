package fiberv2

import (
	"example.com/fiberhelp"
	"github.com/gofiber/fiber/v2"
)

// A redirect status without a target.
func moved(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusMovedPermanently) // want `^301 \(http\.StatusMovedPermanently\) redirect without Location header; set it to the target first, e\.g\. c\.Set\("Location", url\), or use c\.Redirect$`
}

func found(ctx *fiber.Ctx) error {
	ctx.Status(fiber.StatusFound) // want `^302 \(http\.StatusFound\) redirect without Location header; set it to the target first, e\.g\. ctx\.Set\("Location", url\), or use ctx\.Redirect$`
	return nil
}

func seeOtherLiteral(c *fiber.Ctx) error {
	return c.Status(303).SendString("see other") // want `303 \(http\.StatusSeeOther\) redirect without Location header`
}

// Location set in one branch only.
func oneBranch(c *fiber.Ctx) error {
	if next := c.Query("next"); next != "" {
		c.Location(next)
	}
	return c.SendStatus(fiber.StatusTemporaryRedirect) // want `307 \(http\.StatusTemporaryRedirect\) redirect without Location header`
}

// The status kept in a variable: the diagnostic points at the write.
func viaVariable(c *fiber.Ctx) error {
	code := fiber.StatusOK
	if c.Query("old") != "" {
		code = fiber.StatusPermanentRedirect
	}
	return c.SendStatus(code) // want `308 \(http\.StatusPermanentRedirect\) redirect without Location header`
}

// Content-Location is not Location.
func contentLocation(c *fiber.Ctx) error {
	c.Set("Content-Location", "/new")
	return c.SendStatus(fiber.StatusFound) // want `302 \(http\.StatusFound\) redirect without Location header`
}

// A redirect status passed to the error helper of another package.
func viaErrorHelper(c *fiber.Ctx) error {
	return fiberhelp.Error(c, fiber.StatusMovedPermanently, "moved") // want `^301 \(http\.StatusMovedPermanently\) redirect without Location header`
}

type server struct{}

// A method on a struct and a closure on the router.
func (s *server) old(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusFound) // want `302 \(http\.StatusFound\) redirect without Location header`
}

func routes(app *fiber.App) {
	s := &server{}
	app.Get("/old", s.old)
	app.Get("/legacy", func(c *fiber.Ctx) error {
		return c.Status(fiber.StatusMovedPermanently).SendString("moved") // want `301 \(http\.StatusMovedPermanently\) redirect without Location header`
	})
}
