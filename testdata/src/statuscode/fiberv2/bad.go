package fiberv2

import (
	"example.com/fiberhelp"
	"github.com/gofiber/fiber/v2"
)

func create(c *fiber.Ctx) error {
	return c.SendStatus(2010) // want `status 2010 is not an HTTP status code \(100–599\); use an http.Status constant`
}

// Zero and negative statuses.
func zero(c *fiber.Ctx) error {
	return c.Status(0).JSON(fiber.Map{"error": "bad request"}) // want `status 0 is not an HTTP status code`
}

func negative(c *fiber.Ctx) error {
	c.Status(-1) // want `status -1 is not an HTTP status code`
	return nil
}

// A returned error with an application code for a status.
const errQuota = 1042

func appCode(c *fiber.Ctx) error {
	return fiber.NewError(errQuota, "quota exceeded") // want `status 1042 is not an HTTP status code`
}

func errorLiteral(c *fiber.Ctx) error {
	return &fiber.Error{Code: 600, Message: "oops"} // want `status 600 is not an HTTP status code`
}

// A redirect status a digit short.
func redirect(c *fiber.Ctx) error {
	return c.Redirect("/", 30) // want `status 30 is not an HTTP status code`
}

// Reported where the constant is chosen, not where it is written.
func viaVariable(c *fiber.Ctx) error {
	status := 2000 // want `status 2000 is not an HTTP status code`
	if c.Query("missing") != "" {
		status = 40 // want `status 40 is not an HTTP status code`
	}
	return c.SendStatus(status)
}

// One constant reaching two writes is reported once.
func twoWrites(c *fiber.Ctx) error {
	code := 700 // want `status 700 is not an HTTP status code`
	if c.Method() == fiber.MethodGet {
		return c.SendStatus(code)
	}
	return fiber.NewError(code, "nope")
}

// Arithmetic on constants is still a constant.
func arithmetic(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusOK * 10) // want `status 2000 is not an HTTP status code`
}

// A bad status passed to a helper of another package: reported at the call.
func viaHelper(c *fiber.Ctx) error {
	return fiberhelp.JSON(c, 2000, nil) // want `status 2000 is not an HTTP status code`
}

// A local helper writing a status of its own: reported inside it.
func teapot(c *fiber.Ctx) error {
	return c.SendStatus(4180) // want `status 4180 is not an HTTP status code`
}

func callsTeapot(c *fiber.Ctx) error {
	return teapot(c)
}

// A closure writing a bad status: reported once, at the constant.
func closure(c *fiber.Ctx) error {
	fail := func() error { return c.SendStatus(999) } // want `status 999 is not an HTTP status code`
	if c.Path() == "" {
		return fail()
	}
	return fail()
}

type server struct{}

// A method on a struct and a closure on the router.
func (s *server) get(c *fiber.Ctx) error {
	return c.Status(1000).SendString("x") // want `status 1000 is not an HTTP status code`
}

func routes(app *fiber.App) {
	s := &server{}
	app.Get("/s", s.get)
	app.Get("/x", func(c *fiber.Ctx) error {
		return c.SendStatus(20) // want `status 20 is not an HTTP status code`
	})
}

// A helper that always gives 2000: the write panics (net/http) or sends nonsense.
func statusOf(err error) int { return 2000 } // want `status 2000 is not an HTTP status code`

func fromFunction(c *fiber.Ctx) error {
	return c.SendStatus(statusOf(nil))
}
