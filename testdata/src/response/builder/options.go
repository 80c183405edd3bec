package builder

import (
	"net/http"

	"example.com/withopts"
)

func opts(w http.ResponseWriter, r *http.Request) {
	if _, err := session(r); err != nil {
		withopts.With(w, withopts.Status(http.StatusUnauthorized), withopts.Body(map[string]string{"error": "log in"}))
		return
	}
	if r.URL.Query().Get("x") == "" {
		withopts.With(w, withopts.Challenge("api"))
		return
	}
	if r.URL.Query().Get("y") == "" {
		withopts.With(w, withopts.Headers(r.Header), withopts.Status(http.StatusUnauthorized))
		return
	}
	withopts.With(w, withopts.Header("Cache-Control", "no-store"), withopts.Body("ok"))
}

func spread(w http.ResponseWriter, o ...withopts.Option) {
	withopts.With(w, o...)
}
