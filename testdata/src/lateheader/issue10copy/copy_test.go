package issue10copy

import (
	"net/http"
	"testing"
)

// A test double that sets a header late on purpose, to test a middleware.
func TestLate(t *testing.T) {
	_ = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
		w.Header().Set("X-Late", "1")
	})
}
