// Package retryafter defines an Analyzer that reports 429 and 503
// responses without a Retry-After header. It is off by default.
//
// # Analyzer retryafter
//
// retryafter: report 429 and 503 responses without Retry-After (opt-in)
//
// A 429 (Too Many Requests) or 503 (Service Unavailable) asks the client
// to come back later. Retry-After says when. Without it every client
// guesses: naive ones retry at once and make the overload worse, careful
// ones back off for longer than needed; HTTP client libraries, SDKs and
// proxies honour the header when it is there.
//
// Wrong:
//
//	func search(w http.ResponseWriter, r *http.Request) {
//		if !limiter.Allow() {
//			http.Error(w, "slow down", http.StatusTooManyRequests)
//			return
//		}
//	}
//
// reports: 429 response without Retry-After header; tell the client when
// to retry, e.g. w.Header().Set("Retry-After", "30")
//
// Right:
//
//	w.Header().Set("Retry-After", "30")
//	http.Error(w, "slow down", http.StatusTooManyRequests)
//
// The header must be set on every path to the 429 or 503: set in only one
// branch of an if, it is reported. It may be set by the handler, through
// h := w.Header(), by w.Header()["Retry-After"] = ..., or by a helper in
// any package (setRetryAfter(w, d), a respond.TooBusy(w) that sets it and
// writes the 503). A status passed to a helper
// (respond.Error(w, http.StatusServiceUnavailable, msg)) is reported at
// the call; a 429 or 503 a helper writes on its own is reported inside the
// helper. A write that may be either (status := 503; if ... { status = 429 })
// is reported once.
//
// Not reported: a path where a helper or code statuslint cannot see may
// have set the header, other 5xx statuses, a status that is not a known
// constant, handlers in _test.go files (they answer tests, not clients).
//
// Known false positive: a handler that a rate limiter calls after setting
// Retry-After itself (the limit handler given to go-chi/httprate) is
// reported, because statuslint cannot see the caller. Set the header in
// the handler as well, or leave the check off.
//
// The check is off by default: Retry-After is optional (RFC 6585, RFC
// 9110), and a 503 from a health check that a load balancer polls needs
// none. Turn it on with
//
//	statuslint -retryafter.enable ./...       # with the other rules
//	statuslint -retryafter ./...              # alone
//	go vet -vettool=$(which statuslint) -retryafter.enable ./...
//
// or with enable: [retryafter] in .statuslint.yml or golangci-lint's settings.
//
// # Suppressing
//
// Where a finding is wrong for a reason the analysis cannot see, say so on
// its line or the line above; the reason is required:
//
//	//statuslint:ignore retryafter the reason
package retryafter
