package fiberv3

import (
	"strconv"
	"time"

	"example.com/fiber3help"
	"github.com/gofiber/fiber/v3"
)

func setFirst(c fiber.Ctx) error {
	c.Set("Retry-After", "30")
	return c.Status(fiber.StatusTooManyRequests).SendString("slow down")
}

func viaConstant(c fiber.Ctx) error {
	c.Set(fiber.HeaderRetryAfter, strconv.Itoa(60))
	return fiber.ErrServiceUnavailable
}

func appendLowerCase(c fiber.Ctx) error {
	c.Append("retry-after", "5")
	return c.SendStatus(429)
}

// Set on every branch before they join.
func everyBranch(c fiber.Ctx) error {
	if c.Query("long") != "" {
		c.Set("Retry-After", "3600")
	} else {
		c.Set("Retry-After", "10")
	}
	return fiber.ErrTooManyRequests
}

// Set on the only path that writes 429.
func onlyOnLimit(c fiber.Ctx) error {
	if !limiter.Allow() {
		c.Set("Retry-After", "1")
		return c.SendStatus(fiber.StatusTooManyRequests)
	}
	return c.SendStatus(fiber.StatusOK)
}

// fiber buffers the response: a header set after the status goes out with it.
func setAfterStatus(c fiber.Ctx) error {
	c.Status(fiber.StatusServiceUnavailable)
	c.Set("Retry-After", "600")
	return c.SendString("maintenance")
}

// A status the model cannot name.
func unknownStatus(c fiber.Ctx, code int) error {
	return c.SendStatus(code)
}

// Other 5xx statuses.
func otherServerErrors(c fiber.Ctx) error {
	switch c.Path() {
	case "/a":
		return fiber.ErrInternalServerError
	case "/b":
		return c.SendStatus(fiber.StatusBadGateway)
	}
	return fiber.NewError(fiber.StatusGatewayTimeout, "upstream timeout")
}

// A local helper sets the header, then the handler writes 503.
func setRetry(c fiber.Ctx, d time.Duration) {
	c.Set("Retry-After", strconv.Itoa(int(d.Seconds())))
}

func viaLocalHelper(c fiber.Ctx) error {
	setRetry(c, time.Minute)
	return c.SendStatus(fiber.StatusServiceUnavailable)
}

// Helpers of another package: one sets the header, one sets it and writes 429.
func viaSetRetryAfter(c fiber.Ctx) error {
	fiber3help.SetRetryAfter(c, time.Minute)
	return fiber3help.Error(c, fiber.StatusServiceUnavailable, "maintenance")
}

func viaTooMany(c fiber.Ctx) error {
	return fiber3help.TooMany(c, time.Second)
}

// The rest of the chain ran first: it may have set the header.
func afterNext(c fiber.Ctx) error {
	if err := c.Next(); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusServiceUnavailable)
}

// A closure sets the header.
func closureSets(c fiber.Ctx) error {
	retry := func() { c.Set("Retry-After", "30") }
	retry()
	return c.SendStatus(fiber.StatusTooManyRequests)
}
