package fiberv2

import (
	"example.com/fiberhelp"
	"github.com/gofiber/fiber/v2"
)

func setFirst(c *fiber.Ctx) error {
	if c.Method() != fiber.MethodPost {
		c.Set("Allow", fiber.MethodPost)
		return c.SendStatus(fiber.StatusMethodNotAllowed)
	}
	return nil
}

// Through the header constant, with Append, and before a returned error.
func constant(c *fiber.Ctx) error {
	c.Set(fiber.HeaderAllow, "GET, HEAD")
	return fiber.ErrMethodNotAllowed
}

func appended(c *fiber.Ctx) error {
	c.Append("allow", "GET", "HEAD")
	return fiber.NewError(fiber.StatusMethodNotAllowed, "use GET")
}

// Set on every path before the join.
func everyPath(c *fiber.Ctx) error {
	if c.Path() == "/a" {
		c.Set("Allow", "GET")
	} else {
		c.Set("Allow", "GET, POST")
	}
	return c.SendStatus(fiber.StatusMethodNotAllowed)
}

// fiber sends nothing before the handler returns: a header set after the
// status still goes out with it.
func setAfterStatus(c *fiber.Ctx) error {
	c.Status(fiber.StatusMethodNotAllowed)
	c.Set("Allow", "GET")
	return nil
}

// Other statuses are not this rule's business.
func notImplemented(c *fiber.Ctx) error {
	return fiber.ErrNotImplemented
}

// Allow added in a loop over the allowed methods: the model cannot know
// whether the loop runs.
func fromLoop(allowed ...string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		for _, m := range allowed {
			c.Append("Allow", m)
		}
		return c.SendStatus(405)
	}
}


// The rest of the chain ran first: it may have set Allow.
func afterNext(c *fiber.Ctx) error {
	if err := c.Next(); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusMethodNotAllowed)
}

// A helper in another package sets Allow before the 405.
func viaAllowHelper(c *fiber.Ctx) error {
	fiberhelp.Allow(c, "GET, HEAD")
	return fiberhelp.Error(c, fiber.StatusMethodNotAllowed, "method not allowed")
}

// A local helper that does both.
func methodNotAllowed(c *fiber.Ctx, allow string) error {
	c.Set("Allow", allow)
	return c.SendStatus(fiber.StatusMethodNotAllowed)
}

func viaLocal(c *fiber.Ctx) error {
	if c.Method() != fiber.MethodGet {
		return methodNotAllowed(c, "GET")
	}
	return nil
}

// The status comes from a table: which entry this write sends, the
// model does not know.
var badStatuses = map[string]int{"bad": 405}

func fromTableBad(c *fiber.Ctx) error {
	return c.SendStatus(badStatuses[c.Method()])
}
