package helpers

import (
	"net/http"
	"time"

	"example.com/respond"
	"example.com/retryafterhelp"
)

// A 429 passed to a helper that never sets Retry-After: reported at the call.
func viaError(w http.ResponseWriter, r *http.Request) {
	respond.Error(w, http.StatusTooManyRequests, "slow down") // want `429 response without Retry-After header`
}

func viaJSONVar(w http.ResponseWriter, r *http.Request) {
	code := http.StatusServiceUnavailable
	respond.JSON(w, code, nil) // want `503 response without Retry-After header`
}

// A helper that may set it: unsure, silent.
func viaMaybe(w http.ResponseWriter, r *http.Request) {
	retryafterhelp.MaybeRetryAfter(w, 0)
	respond.Error(w, http.StatusTooManyRequests, "slow down")
}

// A helper sets it, then a helper writes 503.
func setThenError(w http.ResponseWriter, r *http.Request) {
	retryafterhelp.SetRetryAfter(w, time.Minute)
	respond.Error(w, http.StatusServiceUnavailable, "maintenance")
}

// A 429 chosen inside a helper that sets the header.
func viaTooMany(w http.ResponseWriter, r *http.Request) {
	retryafterhelp.TooMany(w, time.Second)
}

// A 503 chosen inside a helper that forgets it: reported in the helper.
func viaBusy(w http.ResponseWriter, r *http.Request) {
	retryafterhelp.Busy(w)
}

// Not a 429 or 503.
func viaErrorInternal(w http.ResponseWriter, r *http.Request) {
	respond.Error(w, http.StatusInternalServerError, "internal")
}
