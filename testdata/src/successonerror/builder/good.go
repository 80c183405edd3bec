package builder

import (
	"net/http"

	"example.com/reply"
	"example.com/store"
)

// The error's status is in the chain.
func getItem(w http.ResponseWriter, r *http.Request, db *store.DB) {
	it, err := db.Get(r.Context(), 1)
	if err != nil {
		reply.To(w).Code(http.StatusNotFound).JSON(errorBody{Error: err.Error()})
		return
	}
	reply.To(w).Set("Cache-Control", "max-age=60").JSON(it)
}

// The status comes from the caller.
func fail(w http.ResponseWriter, code int, msg string) {
	reply.To(w).Code(code).JSON(errorBody{Error: msg})
}
