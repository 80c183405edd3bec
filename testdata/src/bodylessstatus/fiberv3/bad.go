package fiberv3

import (
	"example.com/fiber3help"
	"github.com/gofiber/fiber/v3"
)

type item struct{ Name string }

// fasthttp drops the body of a 204 or a 304: the client never sees it.
func update(c fiber.Ctx) error {
	return c.Status(fiber.StatusNoContent).JSON(item{}) // want `^body written after 204 \(http\.StatusNoContent\), which cannot have one; drop the body or send 200$`
}

func notModified(c fiber.Ctx) error {
	if c.Get("If-None-Match") == `"v1"` {
		return c.Status(fiber.StatusNotModified).SendString("not modified") // want `body written after 304 \(http\.StatusNotModified\), which cannot have one`
	}
	return c.SendString("data")
}

// The status on a line of its own, a numeric literal, the body later.
func literal(c fiber.Ctx) error {
	c.Status(204)
	if c.Query("debug") != "" {
		return c.SendString("deleted " + c.Path()) // want `body written after 204 \(http\.StatusNoContent\)`
	}
	return nil
}

// Either status forbids the body.
func eitherWay(c fiber.Ctx) error {
	status := fiber.StatusNoContent
	if c.Get("If-None-Match") != "" {
		status = fiber.StatusNotModified
	}
	c.Status(status)
	return c.Send([]byte("x")) // want `^body written after 204 \(http\.StatusNoContent\) or 304 \(http\.StatusNotModified\), which cannot have one either way; drop the body or send 200$`
}

// Through the helpers of another package.
func viaJSON(c fiber.Ctx) error {
	return fiber3help.JSON(c, fiber.StatusNoContent, item{}) // want `body written after 204 \(http\.StatusNoContent\), which cannot have one`
}

func afterNoContent(c fiber.Ctx) error {
	fiber3help.NoContent(c)
	return c.SendString("x") // want `body written after 204`
}

type server struct{}

// A method on a struct and a closure on the router.
func (s *server) remove(c fiber.Ctx) error {
	return c.Status(fiber.StatusNoContent).SendString("{}") // want `body written after 204`
}

func routes(app *fiber.App) {
	s := &server{}
	app.Delete("/items/:id", s.remove)
	app.Delete("/things/:id", func(c fiber.Ctx) error {
		c.Status(fiber.StatusNoContent)
		return c.JSON(fiber.Map{"deleted": true}) // want `body written after 204`
	})
}
