package travel

import (
	"encoding/json"
	"net/http"

	"example.com/apperr"
	"example.com/web"
)

func save(v any) error { return nil }

// 400 for the client's body, 500 for the store.
func updateItem(w http.ResponseWriter, r *http.Request) {
	var v struct{ Name string }
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		web.Fail(w, apperr.BadRequest("bad body"))
		return
	}
	if err := save(v); err != nil {
		web.Fail(w, apperr.Internal(err))
		return
	}
}

// The store's error may carry a status: the writer's 500 is a fallback.
func renameItem(w http.ResponseWriter, r *http.Request) {
	if err := save(nil); err != nil {
		web.Fail(w, err)
		return
	}
}

// The writer has a case for the decoder's own errors: which status this
// one gets, the model does not tell.
func putItem(w http.ResponseWriter, r *http.Request) {
	var v struct{ Name string }
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		web.Parsed(w, err)
		return
	}
}
