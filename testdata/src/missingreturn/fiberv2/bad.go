package fiberv2

import (
	"errors"
	"log"

	"example.com/fiberhelp"
	"github.com/gofiber/fiber/v2"
)

type Item struct{ Name string }

func save(in Item) Item { return in }

var errNotFound = errors.New("not found")

func lookup(id string) (Item, error) { return Item{}, nil }

// The parse error falls through to the success body: fiber sends the 400
// with the saved item.
func create(c *fiber.Ctx) error {
	var in Item
	if err := c.BodyParser(&in); err != nil {
		c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "bad input"}) // want `^c.Status\(fiber.StatusBadRequest\).JSON\(fiber.Map{…}\) writes an error response but the handler goes on to write again; add a return after it$`
	}
	return c.JSON(save(in))
}

// The error's text, then the body of the success.
func get(c *fiber.Ctx) error {
	it, err := lookup(c.Params("id"))
	if err != nil {
		c.Status(fiber.StatusNotFound).SendString(err.Error()) // want `c.Status\(fiber.StatusNotFound\).SendString\(err.Error\(\)\) writes an error response`
	}
	return c.JSON(it)
}

// A case of a switch falls out of the switch into the write below it.
func switchCase(c *fiber.Ctx) error {
	it, err := lookup(c.Params("id"))
	switch {
	case errors.Is(err, errNotFound):
		c.Status(fiber.StatusNotFound).JSON(fiber.Map{"error": "not found"}) // want `c.Status\(fiber.StatusNotFound\).JSON\(fiber.Map{…}\) writes an error response`
	case err != nil:
		c.Status(fiber.StatusInternalServerError).SendString(err.Error()) // want `c.Status\(fiber.StatusInternalServerError\).SendString\(...\) writes an error response`
	}
	return c.JSON(it)
}

// Logging after the error, but no return.
func logNoReturn(c *fiber.Ctx) error {
	it, err := lookup(c.Params("id"))
	if err != nil {
		c.Status(500).JSON(fiber.Map{"error": err.Error()}) // want `c.Status\(500\).JSON\(fiber.Map{…}\) writes an error response`
		log.Println("lookup:", err)
	}
	return c.JSON(it)
}

// Inside a loop: the error falls through to the append, and the loop ends
// in the success body.
func loop(c *fiber.Ctx) error {
	var items []Item
	for _, id := range []string{c.Query("a"), c.Query("b")} {
		it, err := lookup(id)
		if err != nil {
			c.Status(fiber.StatusNotFound).JSON(fiber.Map{"error": "not found: " + id}) // want `c.Status\(fiber.StatusNotFound\).JSON\(fiber.Map{…}\) writes an error response`
		}
		items = append(items, it)
	}
	return c.JSON(items)
}

// The error helper of another package; the handler goes on.
func viaHelper(c *fiber.Ctx) error {
	it, err := lookup(c.Params("id"))
	if err != nil {
		fiberhelp.Error(c, fiber.StatusInternalServerError, "lookup failed") // want `fiberhelp.Error writes an error response but the handler goes on to write again; add a return after it`
	}
	return fiberhelp.JSON(c, fiber.StatusOK, it)
}

type handler struct{}

// A method on a struct and a closure on the router.
func (h *handler) update(c *fiber.Ctx) error {
	var in Item
	if err := c.BodyParser(&in); err != nil {
		c.Status(fiber.StatusBadRequest).SendString(err.Error()) // want `c.Status\(fiber.StatusBadRequest\).SendString\(err.Error\(\)\) writes an error response`
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func routes(app *fiber.App) {
	h := &handler{}
	app.Put("/items/:id", h.update)
	app.Delete("/items/:id", func(c *fiber.Ctx) error {
		if c.Params("id") == "" {
			c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "missing id"}) // want `c.Status\(fiber.StatusBadRequest\).JSON\(fiber.Map{…}\) writes an error response`
		}
		return c.SendStatus(fiber.StatusNoContent)
	})
}
