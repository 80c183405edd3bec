package builder

import (
	"net/http"

	"example.com/packed"
)

func bearer(r *http.Request) (string, error) { return "", errExpired }

// The builder's Send writes through methods of its own: the 401 it sends
// is seen, without a challenge.
func whoami(w http.ResponseWriter, r *http.Request) {
	uid, err := bearer(r)
	if err != nil {
		packed.New(w).Status(http.StatusUnauthorized).Bytes([]byte("log in")).Send() // want `401 response without WWW-Authenticate header`
		return
	}
	packed.New(w).Bytes([]byte(uid)).Zipped().Send()
}
