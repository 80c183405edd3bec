// Command shopd runs the shop: accounts and catalog on :8080 (net/http and
// chi), orders on :8081 (gin), payments on :8082 (echo), webhooks on :8083
// (fiber).
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"log"
	"net/http"
	"os"
	"sync/atomic"
	"time"

	"example.com/seeded/accounts"
	"example.com/seeded/catalog"
	"example.com/seeded/internal/auth"
	"example.com/seeded/internal/store"
	"example.com/seeded/orders"
	"example.com/seeded/payments"
	"example.com/seeded/webhooks"
)

func main() {
	db := store.New()
	tokens := auth.New([]byte(os.Getenv("TOKEN_KEY")))
	readOnly := new(atomic.Bool)

	mux := http.NewServeMux()
	accounts.New(db, tokens, os.Getenv("CDN_URL")).Routes(mux)
	search := &catalog.SearchClient{Base: os.Getenv("SEARCH_URL"), Client: &http.Client{Timeout: 3 * time.Second}}
	mux.Handle("/catalog/", http.StripPrefix("/catalog", catalog.New(db, search, checkouts{db}).Routes()))
	mux.HandleFunc("GET /healthz", health(db))
	mux.HandleFunc("/debug/readonly", toggle(readOnly))

	go func() { log.Fatal(http.ListenAndServe(":8081", orders.Router(db, tokens))) }()
	go func() {
		log.Fatal(payments.New(db, gateway{}, keys{os.Getenv("BACKOFFICE_KEY")}, tokens, readOnly).Start(":8082"))
	}()
	go func() {
		log.Fatal(webhooks.New(db, map[string]string{"acme": os.Getenv("ACME_SECRET")}, os.Getenv("WEBHOOKS_ADMIN_TOKEN")).Listen(":8083"))
	}()
	log.Fatal(http.ListenAndServe(":8080", requestID(mux)))
}

func requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if id == "" {
			b := make([]byte, 8)
			rand.Read(b)
			id = hex.EncodeToString(b)
		}
		w.Header().Set("X-Request-Id", id)
		next.ServeHTTP(w, r)
	})
}

func health(db *store.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), time.Second)
		defer cancel()
		if _, err := db.Setting(ctx, "orders.page_limit"); err != nil {
			w.Header().Set("Retry-After", "30")
			http.Error(w, "not ready", http.StatusServiceUnavailable) // LOOKALIKE(retryafter): [closure] Retry-After set first
			return
		}
		w.Write([]byte("ok\n"))
	}
}

// toggle flips the payments API to read-only (POST) and back (DELETE).
func toggle(flag *atomic.Bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodPost:
			flag.Store(true)
		case http.MethodDelete:
			flag.Store(false)
		default:
			w.Header()["Allow"] = []string{"POST, DELETE"}
			w.WriteHeader(http.StatusMethodNotAllowed) // LOOKALIKE(allowheader): [closure] Allow set through the header map
			return
		}
		w.WriteHeader(http.StatusNoContent) // LOOKALIKE(superfluouswrite): [closure] one status per path: the 405 branch returns
	}
}

type checkouts struct{ db *store.DB }

func (c checkouts) StartCheckout(ctx context.Context, cartID string) (*catalog.CheckoutSession, error) {
	if cartID == "" {
		return nil, store.ErrNotFound
	}
	return &catalog.CheckoutSession{OrderRef: cartID, Hosted: true, URL: "https://pay.example.com/s/" + cartID}, nil
}

type gateway struct{}

func (gateway) Authorize(ctx context.Context, p *store.Payment) error {
	if p.Amount > 1_000_000 {
		return errors.New("gateway: declined")
	}
	return nil
}

func (gateway) Balance(ctx context.Context, wallet string) (int64, error) {
	if wallet == "" {
		return 0, payments.ErrGatewayDown
	}
	return 10_000, nil
}

type keys struct{ key string }

func (k keys) Valid(key string) bool { return k.key != "" && key == k.key }
