package helpers

import (
	"net/http"

	"example.com/auth"
	"example.com/respond"
)

// A helper of another package that only sets a header, called too late.
func challengeLate(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusUnauthorized)
	auth.Challenge(w) // want `auth.Challenge\(w\) after the status was written is ignored; set headers before w.WriteHeader or the first write`
}

// A response helper writes the status; the Location comes after it.
func createdLate(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusCreated, nil)
	w.Header().Set("Location", "/items/1") // want `w.Header\(\).Set\("Location", ...\) after the status was written is ignored`
}

// The helper's own error response on every path, then a header.
func afterHelperError(w http.ResponseWriter, r *http.Request) {
	respond.Unauthorized(w)
	w.Header().Set("WWW-Authenticate", "Bearer") // want `w.Header\(\).Set\("WWW-Authenticate", ...\) after the status was written is ignored`
}

// Handed to a proxy: unknown, silent.
func proxied(w http.ResponseWriter, r *http.Request, h http.Handler) {
	respond.Proxy(w, r, h)
	w.Header().Set("X-Proxied", "1")
}

// A helper that writes a whole response after a body: not a late header.
func secondResponse(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("partial"))
	respond.Error(w, http.StatusInternalServerError, "failed")
}
