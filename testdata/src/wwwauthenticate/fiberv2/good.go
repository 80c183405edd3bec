package fiberv2

import (

	"example.com/fiberhelp"
	"github.com/gofiber/fiber/v2"
)

func setFirst(c *fiber.Ctx) error {
	c.Set("WWW-Authenticate", `Bearer realm="api"`)
	return fiber.ErrUnauthorized
}

func viaConstant(c *fiber.Ctx) error {
	c.Set(fiber.HeaderWWWAuthenticate, "Basic")
	return c.SendStatus(fiber.StatusUnauthorized)
}

func appendLowerCase(c *fiber.Ctx) error {
	c.Append("www-authenticate", "Basic")
	return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "unauthorized"})
}

// Set on both branches before they join.
func bothBranches(c *fiber.Ctx) error {
	if c.Query("basic") != "" {
		c.Set("WWW-Authenticate", "Basic")
	} else {
		c.Set("WWW-Authenticate", "Bearer")
	}
	return fiber.NewError(fiber.StatusUnauthorized, "missing token")
}

// fiber buffers the response: a header set after the status goes out with it.
func setAfterStatus(c *fiber.Ctx) error {
	c.Status(fiber.StatusUnauthorized)
	c.Set("WWW-Authenticate", "Bearer")
	return c.JSON(fiber.Map{"error": "unauthorized"})
}

// Not a 401.
func forbidden(c *fiber.Ctx) error {
	return fiber.ErrForbidden
}

// A status the model cannot name.
func unknownStatus(c *fiber.Ctx, code int) error {
	return c.SendStatus(code)
}

// The rest of the chain ran first: it may have set the header.
func afterNext(c *fiber.Ctx) error {
	if err := c.Next(); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusUnauthorized)
}

// Helpers of another package: one sets the header, one writes a 401 with it.
func viaChallenge(c *fiber.Ctx) error {
	fiberhelp.Challenge(c)
	return fiber.ErrUnauthorized
}

func viaUnauthorized(c *fiber.Ctx) error {
	return fiberhelp.Unauthorized(c)
}

// A local helper that sets the header counts too.
func challenge(c *fiber.Ctx) {
	c.Set("WWW-Authenticate", "Bearer")
}

func viaLocalHelper(c *fiber.Ctx) error {
	challenge(c)
	return c.SendStatus(fiber.StatusUnauthorized)
}


// A callback in a middleware's config runs after the middleware may have
// set headers (fiber v3's keyauth sets WWW-Authenticate around its
// ErrorHandler): the model cannot know, so it stays silent.
type authConfig struct {
	ErrorHandler fiber.Handler
}

var _ = authConfig{
	ErrorHandler: func(c *fiber.Ctx) error {
		return c.SendStatus(fiber.StatusUnauthorized)
	},
}
