// Package store is a database layer with the sentinels handlers test for.
package store

import (
	"context"
	"errors"
)

var (
	ErrNotFound        = errors.New("not found")
	ErrDuplicate       = errors.New("duplicate")
	ErrVersionMismatch = errors.New("version mismatch")
	ErrInvalidInput    = errors.New("invalid input")
)

type Item struct {
	ID      int
	Name    string
	Version int
}

type DB struct{}

func (db *DB) Get(ctx context.Context, id int) (*Item, error)         { return nil, nil }
func (db *DB) Find(ctx context.Context, name string) *Item            { return nil }
func (db *DB) Create(ctx context.Context, it *Item) error             { return nil }
func (db *DB) Update(ctx context.Context, it *Item) error             { return nil }
func (db *DB) List(ctx context.Context) ([]Item, error)               { return nil, nil }
func (db *DB) Cached(ctx context.Context, key string) ([]Item, error) { return nil, nil }

// Delete fails only when the item does not exist.
func (db *DB) Delete(ctx context.Context, id int) error { // want Delete:"returns not-found errors"
	if id < 0 {
		return ErrNotFound
	}
	return nil
}

// Rename returns either sentinel: no single origin.
func (db *DB) Rename(ctx context.Context, id int, name string) error {
	if id < 0 {
		return ErrNotFound
	}
	return ErrDuplicate
}
