// Package uuid is a stub of github.com/google/uuid.
package uuid

type UUID [16]byte

func Parse(s string) (UUID, error) { return UUID{}, nil }
