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

// A builder in a variable: its 200 goes out with the error.
func list(w http.ResponseWriter, r *http.Request, db *store.DB) {
	resp := reply.To(w)
	items, err := db.List(r.Context())
	if err != nil {
		resp.JSON(errorBody{Error: err.Error()}) // want `error response sent with status 200`
		return
	}
	resp.JSON(items)
}
