package fiberv3

import (
	"example.com/fiber3help"
	"github.com/gofiber/fiber/v3"
)

func setFirst(c fiber.Ctx) error {
	id := newID()
	c.Location("/items/" + id)
	return c.Status(fiber.StatusCreated).JSON(item{ID: id})
}

func viaSet(c fiber.Ctx) error {
	c.Set(fiber.HeaderLocation, "/items/1")
	return c.SendStatus(fiber.StatusCreated)
}

func lowerCase(c fiber.Ctx) error {
	c.Set("location", "/items/1")
	return c.SendStatus(201)
}

// Set on every branch before they join.
func everyBranch(c fiber.Ctx) error {
	switch c.Query("kind") {
	case "a":
		c.Location("/a/1")
	case "b":
		c.Location("/b/1")
	default:
		c.Location("/items/1")
	}
	return c.SendStatus(fiber.StatusCreated)
}

// Set on the only path that writes 201.
func onlyOnCreate(c fiber.Ctx) error {
	if c.Query("exists") != "" {
		return c.SendStatus(fiber.StatusOK)
	}
	c.Location("/items/1")
	return c.SendStatus(fiber.StatusCreated)
}

// fiber buffers the response: Location set after the status goes out with it.
func setAfterStatus(c fiber.Ctx) error {
	it := item{ID: newID()}
	if err := c.Status(fiber.StatusCreated).JSON(it); err != nil {
		return err
	}
	c.Location("/items/" + it.ID)
	return nil
}

// A status the model cannot name.
func unknownStatus(c fiber.Ctx, code int) error {
	return c.SendStatus(code)
}

// Not a 201.
func ok(c fiber.Ctx) error {
	return c.JSON(item{ID: "1"})
}

func accepted(c fiber.Ctx) error {
	return c.SendStatus(fiber.StatusAccepted)
}

// A local helper sets Location, then the handler writes 201.
func setLocation(c fiber.Ctx, id string) {
	c.Location("/items/" + id)
}

func viaLocalHelper(c fiber.Ctx) error {
	setLocation(c, newID())
	return c.SendStatus(fiber.StatusCreated)
}

// A closure sets Location.
func closureSets(c fiber.Ctx) error {
	locate := func(id string) { c.Location("/items/" + id) }
	locate("1")
	return c.SendStatus(fiber.StatusCreated)
}

// Helpers of another package: one sets Location, one sets it and writes 201.
func viaSetLocation(c fiber.Ctx) error {
	fiber3help.SetLocation(c, "/items/1")
	return fiber3help.JSON(c, fiber.StatusCreated, nil)
}

func viaCreated(c fiber.Ctx) error {
	return fiber3help.Created(c, "/items/1", item{})
}

// The rest of the chain ran first: it may have set Location.
func afterNext(c fiber.Ctx) error {
	if err := c.Next(); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusCreated)
}
