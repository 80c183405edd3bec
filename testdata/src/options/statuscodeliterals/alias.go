package literals

import nethttp "net/http"

// net/http under an alias: the fix uses the alias.
func aliased(w nethttp.ResponseWriter, r *nethttp.Request) {
	nethttp.Error(w, "conflict", 409) // want `status 409 written as a number; use nethttp.StatusConflict`
}
