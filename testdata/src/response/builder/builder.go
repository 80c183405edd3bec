package builder

import (
	"errors"
	"net/http"

	"example.com/reply"
)

var errNoSession = errors.New("no session")

func session(r *http.Request) (string, error) { return "", errNoSession }

func me(w http.ResponseWriter, r *http.Request) {
	uid, err := session(r)
	if err != nil {
		reply.To(w).Code(http.StatusUnauthorized).JSON(map[string]string{"error": err.Error()})
		return
	}
	reply.To(w).Set("Cache-Control", "no-store").JSON(map[string]string{"id": uid})
}

func login(w http.ResponseWriter, r *http.Request) {
	if _, err := session(r); err != nil {
		reply.To(w).Code(http.StatusUnauthorized).Challenge(`Bearer realm="api"`).Empty()
		return
	}
	reply.To(w).Created("/sessions/1").Text("created")
}

func merged(w http.ResponseWriter, r *http.Request, extra http.Header) {
	reply.To(w).Merge(extra).Code(http.StatusUnauthorized).Empty()
}
