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
