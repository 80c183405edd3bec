package literals

import . "net/http"

// net/http dot-imported (as net/http's own external tests do): the fix
// names the constant bare and adds no import.
func dotted(w ResponseWriter, r *Request) {
	w.WriteHeader(308) // want `status 308 written as a number; use StatusPermanentRedirect`
}
