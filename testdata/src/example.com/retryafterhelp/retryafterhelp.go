// Package retryafterhelp holds rate-limit and overload helpers, with and
// without Retry-After.
package retryafterhelp

import (
	"net/http"
	"strconv"
	"time"
)

// TooMany sets Retry-After and writes 429: nothing to report anywhere.
func TooMany(w http.ResponseWriter, wait time.Duration) {
	w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())))
	http.Error(w, "too many requests", http.StatusTooManyRequests)
}

// Busy writes 503 on its own and forgets Retry-After: reported here, not
// at its callers.
func Busy(w http.ResponseWriter) {
	http.Error(w, "busy", http.StatusServiceUnavailable) // want `503 response without Retry-After header`
}

// SetRetryAfter sets the header and writes nothing else.
func SetRetryAfter(w http.ResponseWriter, wait time.Duration) {
	w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())))
}

// MaybeRetryAfter sets it only when it knows the wait.
func MaybeRetryAfter(w http.ResponseWriter, wait time.Duration) {
	if wait > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())))
	}
}
