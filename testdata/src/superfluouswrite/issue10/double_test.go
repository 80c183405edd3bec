// Package issue10: test doubles that write two statuses on purpose.
package issue10

import (
	"net/http"
	"testing"
)

func TestFirstStatusWins(t *testing.T) {
	_ = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
		w.WriteHeader(http.StatusAccepted)
	})
}
