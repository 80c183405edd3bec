// Package payments serves payments and refunds on echo. Handlers return
// errors; the app's error handler turns them into responses.
package payments

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"example.com/seeded/internal/apperr"
	"example.com/seeded/internal/auth"
	"example.com/seeded/internal/store"
	"example.com/seeded/internal/validate"
)

// ErrGatewayDown is the payment provider being unreachable.
var ErrGatewayDown = errors.New("gateway: unavailable")

// Gateway is the card processor.
type Gateway interface {
	Authorize(ctx context.Context, p *store.Payment) error
	Balance(ctx context.Context, wallet string) (int64, error)
}

// KeyStore checks the internal API keys of the back office.
type KeyStore interface{ Valid(key string) bool }

type reqValidator struct{}

func (reqValidator) Validate(i any) error {
	if v, ok := i.(validate.Validatable); ok {
		return v.Validate()
	}
	return nil
}

func New(db *store.DB, gw Gateway, keys KeyStore, tokens *auth.Tokens, readOnly *atomic.Bool) *echo.Echo {
	e := echo.New()
	e.HideBanner = true
	e.Validator = reqValidator{}
	e.HTTPErrorHandler = errorHandler(slog.Default()) // SEEDED(wwwauthenticate): [errhandler] requireUser returns 401s, and this error handler sends them without WWW-Authenticate
	e.Use(middleware.Recover())
	e.Use(maintenance(readOnly))

	h := &Handlers{db: db, gw: gw}
	api := e.Group("/v1", requireUser(tokens))
	api.POST("/payments", h.Create)
	api.GET("/payments", h.List)
	api.GET("/payments/:id", h.Get)
	api.POST("/payments/:id/refunds", h.Refund)
	api.Any("/payments/:id/capture", h.Capture)
	api.DELETE("/payments/:id", h.Void)
	api.PATCH("/payments/:id/metadata", h.UpdateMetadata)
	api.GET("/wallets/:wallet/can-pay", h.CanPay)
	e.POST("/3ds/:id", h.Confirm3DS)

	internal := e.Group("/internal")
	internal.Use(middleware.KeyAuthWithConfig(middleware.KeyAuthConfig{
		KeyLookup: "header:X-API-Key",
		Validator: func(key string, c echo.Context) (bool, error) {
			return keys.Valid(key), nil
		},
		ErrorHandler: func(err error, c echo.Context) error {
			return c.JSON(http.StatusUnauthorized, map[string]string{"error": "invalid api key"}) // SEEDED(wwwauthenticate): [closure] the key-auth callback writes its own 401, without a challenge
		},
	}))
	internal.GET("/payments/:id", h.Get)
	internal.POST("/settle", h.Settle)
	return e
}

// errorHandler sends the status an error carries: an *echo.HTTPError's
// code, an *apperr.Error's status, the store's sentinels; 500 for the rest.
func errorHandler(log *slog.Logger) echo.HTTPErrorHandler {
	return func(err error, c echo.Context) {
		if c.Response().Committed {
			return
		}
		code := http.StatusInternalServerError
		var msg any = "internal error"
		var he *echo.HTTPError
		var ae *apperr.Error
		switch {
		case errors.As(err, &he):
			code, msg = he.Code, he.Message
		case errors.As(err, &ae):
			code, msg = ae.Status, ae.Msg
		case errors.Is(err, store.ErrNotFound):
			code, msg = http.StatusNotFound, "not found"
		case errors.Is(err, store.ErrDuplicate):
			code, msg = http.StatusConflict, "duplicate request" // LOOKALIKE(badrequest): [mapper] a duplicate idempotency key is a 409
		case errors.Is(err, store.ErrVersionConflict):
			code, msg = http.StatusConflict, err.Error()
		case errors.Is(err, store.ErrInsufficientFunds):
			code, msg = http.StatusUnprocessableEntity, "insufficient funds"
		}
		if code == http.StatusServiceUnavailable || code == http.StatusTooManyRequests {
			c.Response().Header().Set("Retry-After", "15")
		}
		if code >= 500 {
			log.Error("payments", "method", c.Request().Method, "path", c.Path(), "err", err)
		}
		if err := c.JSON(code, map[string]any{"error": msg}); err != nil { // LOOKALIKE(retryafter): [guard] Retry-After added under the guard for every 503 and 429
			log.Warn("writing error response", "err", err)
		}
	}
}

// requireUser lets through requests with a valid bearer token.
func requireUser(tokens *auth.Tokens) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			uid, err := tokens.Verify(c.Request().Context(), auth.Bearer(c.Request().Header))
			if err != nil {
				return echo.NewHTTPError(http.StatusUnauthorized, "a valid bearer token is required")
			}
			c.Set("uid", uid)
			return next(c)
		}
	}
}

// maintenance makes the API read-only while the ledger is migrated.
func maintenance(readOnly *atomic.Bool) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if readOnly.Load() && c.Request().Method != http.MethodGet {
				return c.JSON(http.StatusServiceUnavailable, map[string]string{"error": "payments are read-only during maintenance"}) // SEEDED(retryafter): [closure] a 503 written directly, without Retry-After
			}
			return next(c)
		}
	}
}

func paymentURL(id int64) string { return fmt.Sprintf("/v1/payments/%d", id) }
