// Package fiberhelp is the response-helper package a fiber v2 API grows:
// helpers that take the *fiber.Ctx, in a package of their own, so that the
// fixtures prove their summaries cross packages.
package fiberhelp

import (
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"
)

// Error writes status and a JSON error body. It never sets
// WWW-Authenticate, Allow, Location or Retry-After.
func Error(c *fiber.Ctx, status int, msg string) error { // want Error:"writer\\(0\\) sets Content-Type status=param1 body=error deferred"
	return c.Status(status).JSON(fiber.Map{"error": msg})
}

// JSON writes status and v.
func JSON(c *fiber.Ctx, status int, v any) error { // want JSON:"writer\\(0\\) sets Content-Type status=param1 body=param2 deferred"
	return c.Status(status).JSON(v)
}

// OK writes v with fiber's implicit 200.
func OK(c *fiber.Ctx, v any) error { // want OK:"writer\\(0\\) sets Content-Type body=param1 deferred"
	return c.JSON(v)
}

// Challenge sets WWW-Authenticate and writes nothing else.
func Challenge(c *fiber.Ctx) { // want Challenge:"writer\\(0\\) sets Www-Authenticate"
	c.Set(fiber.HeaderWWWAuthenticate, `Bearer realm="api"`)
}

// Unauthorized writes a 401 with the challenge: a status the caller cannot get wrong.
func Unauthorized(c *fiber.Ctx) error { // want Unauthorized:"writer\\(0\\) sets Www-Authenticate status=401 body\\? deferred"
	c.Set(fiber.HeaderWWWAuthenticate, "Bearer")
	return c.SendStatus(fiber.StatusUnauthorized)
}

// Allow sets the Allow header.
func Allow(c *fiber.Ctx, methods string) { // want Allow:"writer\\(0\\) sets Allow"
	c.Set(fiber.HeaderAllow, methods)
}

// SetLocation sets Location and writes nothing else.
func SetLocation(c *fiber.Ctx, location string) { // want SetLocation:"writer\\(0\\) sets Location"
	c.Location(location)
}

// Created sets Location and writes 201 with v.
func Created(c *fiber.Ctx, location string, v any) error { // want Created:"writer\\(0\\) sets Content-Type,Location status=201 body=param2 deferred"
	c.Location(location)
	return c.Status(fiber.StatusCreated).JSON(v)
}

// SetRetryAfter sets Retry-After and writes nothing else.
func SetRetryAfter(c *fiber.Ctx, wait time.Duration) { // want SetRetryAfter:"writer\\(0\\) sets Retry-After"
	c.Set(fiber.HeaderRetryAfter, strconv.Itoa(int(wait.Seconds())))
}

// TooMany sets Retry-After and writes 429.
func TooMany(c *fiber.Ctx, wait time.Duration) error { // want TooMany:"writer\\(0\\) sets Retry-After status=429 body deferred"
	c.Set(fiber.HeaderRetryAfter, strconv.Itoa(int(wait.Seconds())))
	return c.Status(fiber.StatusTooManyRequests).SendString("too many requests")
}

// NoContent writes 204 and no body.
func NoContent(c *fiber.Ctx) error { // want NoContent:"writer\\(0\\) status=204 body\\? deferred"
	return c.SendStatus(fiber.StatusNoContent)
}

// Moved writes 301 and forgets Location (reported here, when this package is checked).
func Moved(c *fiber.Ctx) error { // want Moved:"writer\\(0\\) status=301 body\\? deferred"
	return c.SendStatus(fiber.StatusMovedPermanently)
}

// Proxy runs the rest of the chain: anything may happen to the response.
func Proxy(c *fiber.Ctx) error { // want Proxy:"writer\\(0\\) opaque"
	return c.Next()
}

// Decode parses the request body into v.
func Decode(c *fiber.Ctx, v any) error { // want Decode:"^writer\\(0\\)$" Decode:"returns malformed-input errors"
	return c.BodyParser(v)
}

// ParamID parses the :id path parameter.
func ParamID(c *fiber.Ctx) (int, error) { // want ParamID:"^writer\\(0\\)$" ParamID:"returns malformed-input errors"
	id, err := strconv.Atoi(c.Params("id"))
	return id, err
}
