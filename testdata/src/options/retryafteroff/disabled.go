package disabled

import (
	"net/http"

	"example.com/respond"
)

// Without -retryafter.enable nothing is reported.
func search(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "slow down", http.StatusTooManyRequests)
}

func viaError(w http.ResponseWriter, r *http.Request) {
	respond.Error(w, http.StatusServiceUnavailable, "maintenance")
}
