package fiberv2

import (
	"example.com/fiberhelp"
	"github.com/gofiber/fiber/v2"
)

// The documented fix: c.Redirect sets Location (302 unless told otherwise).
func movedRight(c *fiber.Ctx) error {
	return c.Redirect("/new", fiber.StatusMovedPermanently)
}

func login(c *fiber.Ctx) error {
	return c.Redirect("/login")
}

// Location set first, in every form.
func viaLocation(c *fiber.Ctx) error {
	c.Location("/new")
	return c.SendStatus(fiber.StatusFound)
}

func viaSet(c *fiber.Ctx) error {
	c.Set(fiber.HeaderLocation, "/new")
	return c.SendStatus(fiber.StatusSeeOther)
}

func lowerCase(c *fiber.Ctx) error {
	c.Set("location", "/new")
	return c.SendStatus(fiber.StatusTemporaryRedirect)
}

// Set on both branches.
func bothBranches(c *fiber.Ctx) error {
	if next := c.Query("next"); next != "" {
		c.Location(next)
	} else {
		c.Location("/")
	}
	return c.SendStatus(fiber.StatusPermanentRedirect)
}

// fiber buffers the response: Location set after the status goes out with it.
func setAfterStatus(c *fiber.Ctx) error {
	c.Status(fiber.StatusFound)
	c.Location("/new")
	return nil
}

// Not redirects that point somewhere.
func notModified(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusNotModified)
}

func multipleChoices(c *fiber.Ctx) error {
	return c.Status(fiber.StatusMultipleChoices).SendString(`<a href="/en">en</a> <a href="/fr">fr</a>`)
}

// A status the model cannot name.
func unknownStatus(c *fiber.Ctx, code int) error {
	return c.SendStatus(code)
}

// The rest of the chain ran first: it may have set Location.
func afterNext(c *fiber.Ctx) error {
	if err := c.Next(); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusFound)
}

// Headers copied from an upstream response, whose names are not constant.
func copied(c *fiber.Ctx, upstream map[string]string) error {
	for k, v := range upstream {
		c.Set(k, v)
	}
	return c.SendStatus(fiber.StatusFound)
}

// Helpers of another package: one sets Location, one writes 301 on its own
// (reported inside it, not here).
func viaSetLocation(c *fiber.Ctx) error {
	fiberhelp.SetLocation(c, "/new")
	return c.SendStatus(fiber.StatusFound)
}

func viaMoved(c *fiber.Ctx) error {
	return fiberhelp.Moved(c)
}

// A GET handler with a 301: nothing to lose.
func goodRoutes(app *fiber.App) {
	app.Get("/old", func(c *fiber.Ctx) error {
		return c.Redirect("/new", fiber.StatusMovedPermanently)
	})
	// 303 after a POST and 307/308 keep the right method.
	app.Post("/items", func(c *fiber.Ctx) error {
		return c.Redirect("/items/1", fiber.StatusSeeOther)
	})
	app.Post("/v1/items", func(c *fiber.Ctx) error {
		return c.Redirect("/v2/items", fiber.StatusPermanentRedirect)
	})
}
