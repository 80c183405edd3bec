package nethttp

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// A test double answers a test, not a client.
func TestFake(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
}
