// Package store is the shop's persistence layer. The in-memory
// implementation stands in for Postgres; the errors are the contract the
// HTTP layers map to statuses.
package store

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
	"time"
)

// Sentinel errors. Handlers compare with errors.Is.
var (
	ErrNotFound          = errors.New("store: not found")
	ErrDuplicate         = errors.New("store: duplicate key")
	ErrVersionConflict   = errors.New("store: version conflict")
	ErrAlreadyRefunded   = errors.New("store: payment already refunded")
	ErrAlreadyCancelled  = errors.New("store: order already cancelled")
	ErrInsufficientFunds = errors.New("store: insufficient funds")
	ErrRateLimited       = errors.New("store: rate limited")
	ErrUnavailable       = errors.New("store: backend unavailable")
)

type User struct {
	ID           int64     `json:"id"`
	Email        string    `json:"email"`
	Name         string    `json:"name"`
	PasswordHash string    `json:"-"`
	CreatedAt    time.Time `json:"created_at"`
}

type Product struct {
	ID       int64  `json:"id"`
	SKU      string `json:"sku"`
	Name     string `json:"name"`
	Price    int64  `json:"price_cents"`
	Category string `json:"category"`
	Version  int    `json:"version"`
}

type Order struct {
	ID        int64  `json:"id"`
	Ref       string `json:"ref"`
	UserID    int64  `json:"user_id"`
	Items     []Line `json:"items"`
	Status    string `json:"status"`
	Version   int    `json:"version"`
	TotalCent int64  `json:"total_cents"`
}

type Line struct {
	ProductID int64 `json:"product_id"`
	Quantity  int   `json:"quantity"`
}

type Payment struct {
	ID             int64  `json:"id"`
	OrderID        int64  `json:"order_id"`
	Amount         int64  `json:"amount_cents"`
	Currency       string `json:"currency"`
	Status         string `json:"status"`
	IdempotencyKey string `json:"-"`
	Refunded       int64  `json:"refunded_cents"`
}

type Subscription struct {
	ID       int64    `json:"id"`
	URL      string   `json:"url"`
	Events   []string `json:"events"`
	Secret   string   `json:"-"`
	Disabled bool     `json:"disabled"`
}

// DB is the whole store. Every method takes the request's context for
// cancellation only: nothing in a context is client input.
type DB struct {
	mu            sync.Mutex
	next          int64
	users         map[int64]*User
	products      map[int64]*Product
	orders        map[int64]*Order
	payments      map[int64]*Payment
	subscriptions map[int64]*Subscription
	deliveries    map[string]bool
	settings      map[string]string
}

func New() *DB {
	return &DB{
		users:         map[int64]*User{},
		products:      map[int64]*Product{},
		orders:        map[int64]*Order{},
		payments:      map[int64]*Payment{},
		subscriptions: map[int64]*Subscription{},
		deliveries:    map[string]bool{},
		settings:      map[string]string{"orders.page_limit": "50", "catalog.max_import_rows": "5000"},
	}
}

func (db *DB) id() int64 { db.next++; return db.next }

func (db *DB) CreateUser(ctx context.Context, u *User) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	for _, x := range db.users {
		if x.Email == u.Email {
			return fmt.Errorf("user %q: %w", u.Email, ErrDuplicate)
		}
	}
	u.ID = db.id()
	u.CreatedAt = time.Now()
	db.users[u.ID] = u
	return ctx.Err()
}

func (db *DB) User(ctx context.Context, id int64) (*User, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	u, ok := db.users[id]
	if !ok {
		return nil, ErrNotFound
	}
	return u, ctx.Err()
}

func (db *DB) UserByEmail(ctx context.Context, email string) (*User, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	for _, u := range db.users {
		if u.Email == email {
			return u, nil
		}
	}
	return nil, ErrNotFound
}

// UpdateUserEmail changes a user's email; another user's email is
// ErrDuplicate.
func (db *DB) UpdateUserEmail(ctx context.Context, id int64, email string) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	u, ok := db.users[id]
	if !ok {
		return ErrNotFound
	}
	for _, x := range db.users {
		if x.ID != id && x.Email == email {
			return fmt.Errorf("email %q: %w", email, ErrDuplicate)
		}
	}
	u.Email = email
	return ctx.Err()
}

func (db *DB) DeleteUser(ctx context.Context, id int64) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if _, ok := db.users[id]; !ok {
		return ErrNotFound
	}
	delete(db.users, id)
	return nil
}

func (db *DB) Products(ctx context.Context, category string, limit int) ([]Product, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	var out []Product
	for _, p := range db.products {
		if category == "" || p.Category == category {
			out = append(out, *p)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	if len(out) > limit {
		out = out[:limit]
	}
	return out, ctx.Err()
}

func (db *DB) Product(ctx context.Context, id int64) (*Product, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	p, ok := db.products[id]
	if !ok {
		return nil, ErrNotFound
	}
	return p, ctx.Err()
}

func (db *DB) CreateProduct(ctx context.Context, p *Product) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	for _, x := range db.products {
		if x.SKU == p.SKU {
			return fmt.Errorf("sku %s: %w", p.SKU, ErrDuplicate)
		}
	}
	p.ID = db.id()
	p.Version = 1
	db.products[p.ID] = p
	return ctx.Err()
}

// UpdateProduct replaces p if its version is the stored one.
func (db *DB) UpdateProduct(ctx context.Context, p *Product) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	cur, ok := db.products[p.ID]
	if !ok {
		return ErrNotFound
	}
	if cur.Version != p.Version {
		return ErrVersionConflict
	}
	p.Version++
	db.products[p.ID] = p
	return ctx.Err()
}

func (db *DB) DeleteProduct(ctx context.Context, id int64) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if _, ok := db.products[id]; !ok {
		return ErrNotFound
	}
	delete(db.products, id)
	return nil
}

func (db *DB) CreateOrder(ctx context.Context, o *Order) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	for _, x := range db.orders {
		if x.Ref == o.Ref {
			return ErrDuplicate
		}
	}
	o.ID = db.id()
	o.Status = "open"
	o.Version = 1
	db.orders[o.ID] = o
	return ctx.Err()
}

func (db *DB) Order(ctx context.Context, id int64) (*Order, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	o, ok := db.orders[id]
	if !ok {
		return nil, ErrNotFound
	}
	return o, ctx.Err()
}

// FindOrderByRef returns nil, nil when no order has the reference.
func (db *DB) FindOrderByRef(ctx context.Context, ref string) (*Order, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	for _, o := range db.orders {
		if o.Ref == ref {
			return o, nil
		}
	}
	return nil, ctx.Err()
}

func (db *DB) Orders(ctx context.Context, userID int64, page, limit int) ([]Order, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	var out []Order
	for _, o := range db.orders {
		if userID == 0 || o.UserID == userID {
			out = append(out, *o)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	start := (page - 1) * limit
	if start >= len(out) {
		return nil, nil
	}
	end := min(start+limit, len(out))
	return out[start:end], ctx.Err()
}

func (db *DB) SetOrderStatus(ctx context.Context, id int64, status string, version int) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	o, ok := db.orders[id]
	if !ok {
		return ErrNotFound
	}
	if o.Version != version {
		return ErrVersionConflict
	}
	if o.Status == "cancelled" {
		return ErrAlreadyCancelled
	}
	o.Status = status
	o.Version++
	return nil
}

func (db *DB) CreatePayment(ctx context.Context, p *Payment) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	for _, x := range db.payments {
		if p.IdempotencyKey != "" && x.IdempotencyKey == p.IdempotencyKey {
			return ErrDuplicate
		}
	}
	p.ID = db.id()
	p.Status = "pending"
	db.payments[p.ID] = p
	return ctx.Err()
}

func (db *DB) Payment(ctx context.Context, id int64) (*Payment, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	p, ok := db.payments[id]
	if !ok {
		return nil, ErrNotFound
	}
	return p, ctx.Err()
}

func (db *DB) Payments(ctx context.Context, orderID int64) ([]Payment, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	var out []Payment
	for _, p := range db.payments {
		if p.OrderID == orderID {
			out = append(out, *p)
		}
	}
	return out, ctx.Err()
}

func (db *DB) Refund(ctx context.Context, id, amount int64) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	p, ok := db.payments[id]
	if !ok {
		return ErrNotFound
	}
	if p.Refunded >= p.Amount {
		return ErrAlreadyRefunded
	}
	if p.Refunded+amount > p.Amount {
		return ErrInsufficientFunds
	}
	p.Refunded += amount
	return nil
}

func (db *DB) Capture(ctx context.Context, id int64) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	p, ok := db.payments[id]
	if !ok {
		return ErrNotFound
	}
	if p.Status != "pending" {
		return fmt.Errorf("payment %d is %s: %w", id, p.Status, ErrVersionConflict)
	}
	p.Status = "captured"
	return nil
}

func (db *DB) CreateSubscription(ctx context.Context, s *Subscription) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	for _, x := range db.subscriptions {
		if x.URL == s.URL {
			return ErrDuplicate
		}
	}
	s.ID = db.id()
	db.subscriptions[s.ID] = s
	return ctx.Err()
}

// FindSubscription returns nil, nil when there is none.
func (db *DB) FindSubscription(ctx context.Context, id int64) (*Subscription, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	return db.subscriptions[id], ctx.Err()
}

func (db *DB) DeleteSubscription(ctx context.Context, id int64) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if _, ok := db.subscriptions[id]; !ok {
		return ErrNotFound
	}
	delete(db.subscriptions, id)
	return nil
}

// RecordDelivery stores a webhook delivery id; a second delivery of the
// same id is ErrDuplicate.
func (db *DB) RecordDelivery(ctx context.Context, id string) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.deliveries[id] {
		return ErrDuplicate
	}
	db.deliveries[id] = true
	return ctx.Err()
}

// DeliveryRecorded says whether a webhook delivery id was seen.
func (db *DB) DeliveryRecorded(ctx context.Context, id string) (bool, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	return db.deliveries[id], ctx.Err()
}

// Setting returns a configuration value the operators stored.
func (db *DB) Setting(ctx context.Context, key string) (string, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	v, ok := db.settings[key]
	if !ok {
		return "", ErrNotFound
	}
	return v, ctx.Err()
}

// IntSetting parses a stored setting; a parse failure is corrupt
// configuration, the server's fault.
func (db *DB) IntSetting(ctx context.Context, key string) (int, error) {
	v, err := db.Setting(ctx, key)
	if err != nil {
		return 0, err
	}
	return strconv.Atoi(v)
}
