package issue10

import (
	"encoding/json"
	"net/http"
)

// An error response without a return (missingreturn's finding), then the
// write and its own failure path: on every other path the write is the
// first, and a single Write fails only when the client is gone.
func marshalThenWrite(w http.ResponseWriter, r *http.Request) {
	resp, err := json.Marshal(struct{ IDs []string }{})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
	_, err = w.Write(resp)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}
