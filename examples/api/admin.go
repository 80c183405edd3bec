package api

import (
	"net/http"

	"github.com/statuslint/statuslint/examples/respond"
	"github.com/statuslint/statuslint/examples/store"
)

// Reindex returns the handler for /admin/reindex, which only accepts POST.
func Reindex(st *store.Store) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			// statuslint: methodallow — a 405 must list the allowed methods in Allow.
			w.WriteHeader(http.StatusMethodNotAllowed)
			return
		}
		n := len(st.Items()) // the in-memory store has no indexes to rebuild
		respond.JSON(w, http.StatusOK, map[string]int{"reindexed": n})
	})
}

// Health answers GET and HEAD /healthz.
func Health(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD") // right: Allow before the 405
		respond.Error(w, http.StatusMethodNotAllowed, "method not allowed")
		return
	}
	respond.JSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
