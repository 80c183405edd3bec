// Package webhooks receives the payment provider's webhooks and manages
// outgoing subscriptions, on fiber.
package webhooks

import (
	"errors"
	"log/slog"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/limiter"

	"example.com/seeded/internal/apperr"
	"example.com/seeded/internal/store"
)

func New(db *store.DB, secrets map[string]string, adminToken string) *fiber.App {
	app := fiber.New(fiber.Config{
		AppName: "webhooks",
		ErrorHandler: func(c *fiber.Ctx, err error) error { // SEEDED(retryafter): [errhandler] Receive returns a 503 when the queue is full, and this error handler sends it without Retry-After: the provider retries at once
			code := fiber.StatusInternalServerError
			var fe *fiber.Error
			var ae *apperr.Error
			switch {
			case errors.As(err, &fe):
				code = fe.Code
			case errors.As(err, &ae):
				code = ae.Status
			case errors.Is(err, store.ErrNotFound):
				code = fiber.StatusNotFound
			case errors.Is(err, store.ErrDuplicate):
				code = fiber.StatusConflict
			}
			if code == fiber.StatusUnauthorized {
				c.Set(fiber.HeaderWWWAuthenticate, `Signature realm="webhooks"`)
			}
			if code >= 500 {
				slog.Error("webhooks", "path", c.Path(), "err", err)
				return c.Status(code).JSON(fiber.Map{"error": "internal error"})
			}
			return c.Status(code).JSON(fiber.Map{"error": err.Error()}) // LOOKALIKE(wwwauthenticate): [errhandler] the app's error handler adds the challenge to every 401
		},
	})
	app.Use(limiter.New(limiter.Config{
		Max:        120,
		Expiration: time.Minute,
		LimitReached: func(c *fiber.Ctx) error {
			return c.Status(fiber.StatusTooManyRequests).JSON(fiber.Map{"error": "rate limit exceeded"}) // LOOKALIKE(retryafter): [closure] the limiter sets Retry-After before it calls LimitReached
		},
	}))

	h := &Handlers{db: db, secrets: secrets, queue: make(chan event, 1024)}
	app.Post("/webhooks/:provider", h.Receive)
	app.Post("/subscriptions", h.CreateSubscription)
	app.Get("/subscriptions/:id", h.GetSubscription)
	app.Delete("/subscriptions/:id", h.DeleteSubscription)
	app.All("/subscriptions/:id/replay", h.Replay)
	app.Post("/ui/subscriptions", h.CreateFromForm)

	admin := app.Group("/admin", func(c *fiber.Ctx) error {
		if adminToken == "" || c.Get("X-Admin-Token") != adminToken {
			return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "admin token required"}) // SEEDED(wwwauthenticate): [closure] the group middleware writes its own 401, without a challenge
		}
		return c.Next()
	})
	admin.Get("/deliveries/:id", h.Delivery)
	admin.All("/pause", h.Pause)
	return app
}
