package nethttp

import (
	"net/http"
	"strconv"
	"time"
)

func setFirst(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", "30")
	http.Error(w, "slow down", http.StatusTooManyRequests)
}

func viaHeaderVar(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Retry-After", strconv.Itoa(60))
	w.WriteHeader(http.StatusServiceUnavailable)
}

func viaMapIndex(w http.ResponseWriter, r *http.Request) {
	w.Header()["Retry-After"] = []string{time.Now().Add(time.Minute).UTC().Format(http.TimeFormat)}
	w.WriteHeader(http.StatusServiceUnavailable)
}

func addLowerCase(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("retry-after", "5")
	w.WriteHeader(429)
}

// Set on every branch before they join.
func everyBranch(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("long") {
		w.Header().Set("Retry-After", "3600")
	} else {
		w.Header().Set("Retry-After", "10")
	}
	w.WriteHeader(http.StatusTooManyRequests)
}

// Set on the only path that writes 429.
func onlyOnLimit(w http.ResponseWriter, r *http.Request) {
	if !limiter.Allow() {
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// A status the model cannot name.
func unknownStatus(w http.ResponseWriter, r *http.Request, code int) {
	w.WriteHeader(code)
}

// Other 5xx statuses.
func otherServerErrors(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/a":
		http.Error(w, "internal", http.StatusInternalServerError)
	case "/b":
		w.WriteHeader(http.StatusBadGateway)
	case "/c":
		w.WriteHeader(http.StatusGatewayTimeout)
	}
}

// A local helper sets the header, then the handler writes 503.
func setRetry(w http.ResponseWriter, d time.Duration) {
	w.Header().Set("Retry-After", strconv.Itoa(int(d.Seconds())))
}

func viaLocalHelper(w http.ResponseWriter, r *http.Request) {
	setRetry(w, time.Minute)
	w.WriteHeader(http.StatusServiceUnavailable)
}

// A local helper that sets it and writes 503.
func maintenance(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "600")
	http.Error(w, "maintenance", http.StatusServiceUnavailable)
}

func viaMaintenance(w http.ResponseWriter, r *http.Request) {
	maintenance(w)
}

// The writer went to code the model cannot see.
func afterOpaque(w http.ResponseWriter, r *http.Request, h http.Handler) {
	h.ServeHTTP(w, r)
	w.WriteHeader(http.StatusServiceUnavailable)
}

// A closure sets the header.
func closureSets(w http.ResponseWriter, r *http.Request) {
	retry := func() { w.Header().Set("Retry-After", "30") }
	retry()
	w.WriteHeader(http.StatusTooManyRequests)
}
