// Package catalog serves products, categories and search on chi, with chi
// render for most JSON and the shared httpx helpers for the rest.
package catalog

import (
	"context"
	"net/http"
	"os"
	"sync"
	"sync/atomic"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"

	"example.com/seeded/internal/audit"
	"example.com/seeded/internal/httpx"
	"example.com/seeded/internal/store"
)

// CheckoutSession is what the payments service answers a checkout with.
type CheckoutSession struct {
	OrderRef string
	Hosted   bool   // the provider hosts the payment page
	URL      string // the provider's page, when Hosted
}

// Checkouts starts payments for a cart.
type Checkouts interface {
	StartCheckout(ctx context.Context, cartID string) (*CheckoutSession, error)
}

type Handler struct {
	db         *store.DB
	search     *SearchClient
	checkouts  Checkouts
	legacy     map[string]int64 // old /p/{slug} URLs
	reindexing atomic.Bool
	categories sync.Map
	adminToken string
}

func New(db *store.DB, search *SearchClient, checkouts Checkouts) *Handler {
	return &Handler{db: db, search: search, checkouts: checkouts, legacy: map[string]int64{}, adminToken: os.Getenv("CATALOG_ADMIN_TOKEN")}
}

func (h *Handler) Routes() chi.Router {
	r := chi.NewRouter()
	r.Use(render.SetContentType(render.ContentTypeJSON))
	r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
		httpx.Error(w, http.StatusMethodNotAllowed, "method not allowed") // SEEDED(allowheader): [closure] chi calls a custom MethodNotAllowed handler without setting Allow itself: every 405 of the catalog goes out with none
	})
	r.Get("/products", h.ListProducts)
	r.Post("/products", h.CreateProduct)
	r.Get("/products/{id}", h.GetProduct)
	r.Put("/products/{id}", h.UpdateProduct)
	r.Delete("/products/{id}", h.DeleteProduct)
	r.Get("/products/{id}/price", h.GetPrice)
	r.Get("/p/{slug}", h.LegacyProduct)
	r.Get("/search", h.Search)
	r.Get("/stats", h.Stats)
	r.Get("/healthz", h.Health)
	r.Post("/categories", h.CreateCategory)
	r.Get("/categories/{slug}", h.GetCategory)
	r.Post("/cart/checkout", h.Checkout)
	r.Group(func(r chi.Router) {
		r.Use(h.requireAdmin)
		r.HandleFunc("/admin/import", h.Import)
		r.HandleFunc("/admin/reindex", h.Reindex)
		r.Post("/admin/prices/changes", h.ChangePrices)
	})
	return r
}

func (h *Handler) requireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h.adminToken == "" || r.Header.Get("X-Admin-Token") != h.adminToken {
			audit.Record(w, r, "catalog_admin_denied")
			w.WriteHeader(http.StatusUnauthorized) // SEEDED(wwwauthenticate): [helper] audit.Record only reads w: nothing on this path sets a challenge
			return
		}
		next.ServeHTTP(w, r)
	})
}
