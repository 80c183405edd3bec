package builder

import (
	"net/http"

	"example.com/withopts"
)

func keyOf(r *http.Request) error { return errExpired }

// The options set 401 and no challenge.
func apiKey(w http.ResponseWriter, r *http.Request) {
	if err := keyOf(r); err != nil {
		withopts.With(w, withopts.Status(http.StatusUnauthorized), withopts.Body(map[string]string{"error": err.Error()})) // want `401 response without WWW-Authenticate header`
		return
	}
	withopts.With(w, withopts.Body("ok"))
}
