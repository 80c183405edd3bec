// Package audit records security-relevant requests. It reads the response
// headers the middleware put there (the request id) and writes nothing.
package audit

import (
	"log/slog"
	"net/http"
)

// Record logs an event about the request being answered on w.
func Record(w http.ResponseWriter, r *http.Request, event string) {
	slog.Info("audit",
		"event", event,
		"request_id", w.Header().Get("X-Request-Id"),
		"remote", r.RemoteAddr,
		"path", r.URL.Path,
	)
}

// Observe counts a response about to be written.
func Observe(w http.ResponseWriter, route string, status int) {
	slog.Debug("metrics", "route", route, "status", status, "request_id", w.Header().Get("X-Request-Id"))
}
