// Package bodylessstatushelp holds helpers that write bodyless statuses,
// for the bodylessstatus fixtures.
package bodylessstatushelp

import "net/http"

// NoContent writes 204 and nothing else.
func NoContent(w http.ResponseWriter) {
	w.WriteHeader(http.StatusNoContent)
}

// NotModified answers 304 when the client's copy is current, and writes
// nothing otherwise: a status on some paths only.
func NotModified(w http.ResponseWriter, r *http.Request, etag string) bool {
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return true
	}
	return false
}
