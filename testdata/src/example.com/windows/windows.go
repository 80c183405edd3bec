// Package windows is a store whose errors are named like validation
// failures, about values the server computes itself.
package windows

import (
	"context"
	"errors"
	"time"
)

var (
	ErrInvalidWindow      = errors.New("invalid window")
	ErrConflictingOptions = errors.New("conflicting options")
	ErrValidation         = errors.New("validation failed")
)

type Store struct{}

// Rollup checks a window it computed from the clock.
func (s *Store) Rollup(ctx context.Context, from, to time.Time) error {
	if to.Before(from) {
		return ErrInvalidWindow
	}
	return nil
}

// CheckWindow is the same check, as a helper.
func CheckWindow(from, to time.Time) error {
	if to.Before(from) {
		return ErrInvalidWindow
	}
	return nil
}

type Signup struct{ Email string }

// Register validates what the client sent.
func (s *Store) Register(ctx context.Context, in Signup) error {
	if in.Email == "" {
		return ErrValidation
	}
	return nil
}
