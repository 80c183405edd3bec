package statusreturn

import (
	"errors"
	"net/http"
)

var errNoToken = errors.New("no token")

// The wrapper writes the 401 this handler returns, with no challenge.
var tokenHandler = func(w http.ResponseWriter, r *http.Request) (int, error) {
	if r.Header.Get("X-Auth") == "" {
		return http.StatusUnauthorized, errNoToken // want `401 response without WWW-Authenticate header`
	}
	w.Write([]byte("ok"))
	return 0, nil
}

// A helper the handler returns the status of: the wrapper writes its 401.
func deny(w http.ResponseWriter) (int, error) {
	return http.StatusUnauthorized, errNoToken
}

var denyHandler = func(w http.ResponseWriter, r *http.Request) (int, error) {
	if r.Header.Get("X-Auth") == "" {
		return deny(w) // want `401 response without WWW-Authenticate header`
	}
	w.Write([]byte("ok"))
	return 0, nil
}
