// Package redirecthelp holds redirect helpers, for the redirect fixtures.
package redirecthelp

import "net/http"

// To sets Location and writes the caller's redirect status.
func To(w http.ResponseWriter, url string, code int) {
	w.Header().Set("Location", url)
	w.WriteHeader(code)
}

// SetLocation sets Location and writes nothing.
func SetLocation(w http.ResponseWriter, url string) {
	w.Header().Set("Location", url)
}

// Home redirects to the home page with a 302 of its own choosing.
func Home(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusFound)
}

// Moved writes a 301 of its own without Location: reported inside this
// package, where the status is chosen, never at its calls.
func Moved(w http.ResponseWriter) {
	w.WriteHeader(http.StatusMovedPermanently)
}
