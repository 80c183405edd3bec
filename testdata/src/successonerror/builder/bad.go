package builder

import (
	"net/http"

	"example.com/reply"
	"example.com/store"
)

type errorBody struct {
	Error string `json:"error"`
}

// No Code in the chain: the constructor's 200 goes out with the error.
func get(w http.ResponseWriter, r *http.Request, db *store.DB) {
	it, err := db.Get(r.Context(), 1)
	if err != nil {
		reply.To(w).JSON(errorBody{Error: err.Error()}) // want `error response sent with status 200`
		return
	}
	reply.To(w).JSON(it)
}
