package nethttp

import "net/http"

type rateLimiter struct{}

func (rateLimiter) Allow() bool { return false }

var limiter rateLimiter

// The example of the documentation.
func search(w http.ResponseWriter, r *http.Request) {
	if !limiter.Allow() {
		http.Error(w, "slow down", http.StatusTooManyRequests) // want `429 response without Retry-After header; tell the client when to retry, e.g. w.Header\(\).Set\("Retry-After", "30"\)`
		return
	}
}

func unavailable(rw http.ResponseWriter, r *http.Request) {
	rw.WriteHeader(503) // want `503 response without Retry-After header; tell the client when to retry, e.g. rw.Header\(\).Set\("Retry-After", "30"\)`
}

// Set in one branch only.
func oneBranch(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("known") {
		w.Header().Set("Retry-After", "30")
	}
	w.WriteHeader(http.StatusTooManyRequests) // want `429 response without Retry-After header`
}

// Set, then removed.
func deleted(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", "30")
	w.Header().Del("Retry-After")
	w.WriteHeader(http.StatusServiceUnavailable) // want `503 response without Retry-After header`
}

// Either status may reach the write: one report.
func either(w http.ResponseWriter, r *http.Request) {
	status := http.StatusServiceUnavailable
	if r.URL.Query().Has("user") {
		status = http.StatusTooManyRequests
	}
	w.WriteHeader(status) // want `503 response without Retry-After header`
}

// A local helper writing 429 on its own: reported inside it.
func tooMany(w http.ResponseWriter) {
	http.Error(w, "too many requests", http.StatusTooManyRequests) // want `429 response without Retry-After header`
}

func callsTooMany(w http.ResponseWriter, r *http.Request) {
	tooMany(w)
}

// A closure taking the status: reported at the call.
func closure(w http.ResponseWriter, r *http.Request) {
	fail := func(code int, msg string) { http.Error(w, msg, code) }
	fail(http.StatusServiceUnavailable, "maintenance") // want `503 response without Retry-After header`
}

type server struct{}

func (s *server) method(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTooManyRequests) // want `429 response without Retry-After header`
}
