package builder

import (
	"net/http"

	"example.com/reply"
)

// Location set in the chain, before or after the status.
func moved(w http.ResponseWriter, r *http.Request) {
	reply.To(w).Set("Location", "/new").Code(http.StatusMovedPermanently).Empty()
}

// Headers from elsewhere may hold the Location.
func forward(w http.ResponseWriter, r *http.Request, h http.Header) {
	reply.To(w).Merge(h).Code(http.StatusFound).Empty()
}

// Not a redirect.
func notModified(w http.ResponseWriter, r *http.Request) {
	reply.To(w).Code(http.StatusNotModified).Empty()
}
