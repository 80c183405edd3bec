// Package store is the in-memory storage behind the demo API.
package store

import (
	"errors"
	"sync"
)

// Sentinel errors the handlers map onto statuses.
var (
	ErrNotFound  = errors.New("store: not found")
	ErrDuplicate = errors.New("store: duplicate")
)

// Item is a thing for sale.
type Item struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Price int    `json:"price"`
}

// User is an account.
type User struct {
	Email string `json:"email"`
	Name  string `json:"name"`
}

// Store keeps items and users in memory. The zero value is not usable; call New.
type Store struct {
	mu    sync.RWMutex
	items map[string]Item
	users map[string]User
}

// New returns an empty store.
func New() *Store {
	return &Store{items: map[string]Item{}, users: map[string]User{}}
}

// Items returns every item.
func (s *Store) Items() []Item {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]Item, 0, len(s.items))
	for _, it := range s.items {
		out = append(out, it)
	}
	return out
}

// Item returns the item with the given ID, or ErrNotFound.
func (s *Store) Item(id string) (Item, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	it, ok := s.items[id]
	if !ok {
		return Item{}, ErrNotFound
	}
	return it, nil
}

// CreateItem adds an item, or returns ErrDuplicate if its ID is taken.
func (s *Store) CreateItem(it Item) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.items[it.ID]; ok {
		return ErrDuplicate
	}
	s.items[it.ID] = it
	return nil
}

// DeleteItem removes an item, or returns ErrNotFound.
func (s *Store) DeleteItem(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.items[id]; !ok {
		return ErrNotFound
	}
	delete(s.items, id)
	return nil
}

// CreateUser adds a user, or returns ErrDuplicate if the email is taken.
func (s *Store) CreateUser(u User) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.users[u.Email]; ok {
		return ErrDuplicate
	}
	s.users[u.Email] = u
	return nil
}
