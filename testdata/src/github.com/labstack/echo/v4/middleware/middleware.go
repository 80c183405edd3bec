// Package middleware is a stub of echo's middleware package.
package middleware

import echo "github.com/labstack/echo/v4"

// KeyAuthValidator checks a key.
type KeyAuthValidator func(auth string, c echo.Context) (bool, error)

// KeyAuthErrorHandler runs for an invalid key.
type KeyAuthErrorHandler func(err error, c echo.Context) error

// KeyAuthConfig configures KeyAuthWithConfig.
type KeyAuthConfig struct {
	KeyLookup    string
	Validator    KeyAuthValidator
	ErrorHandler KeyAuthErrorHandler
}

// BasicAuthConfig configures BasicAuthWithConfig (no error callback).
type BasicAuthConfig struct {
	Realm string
}

// KeyAuthWithConfig returns a key auth middleware.
func KeyAuthWithConfig(config KeyAuthConfig) echo.MiddlewareFunc { return nil }
