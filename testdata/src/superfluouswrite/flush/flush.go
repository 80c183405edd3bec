// Package flush: a flush commits the status, 200 if none was written.
package flush

import "net/http"

func afterFlush(w http.ResponseWriter, r *http.Request) {
	w.(http.Flusher).Flush()
	w.WriteHeader(http.StatusInternalServerError) // want `superfluous response.WriteHeader call`
}

// Flushing after the status is fine, and so is a status after 103.
func statusThenFlush(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusEarlyHints)
	w.WriteHeader(http.StatusAccepted)
	http.NewResponseController(w).Flush()
}
