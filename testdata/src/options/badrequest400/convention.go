// Package convention400 is run with -badrequest.validation=400: validation
// failures answered with 400 are the team's convention; conflicts are not.
package convention400

import (
	"encoding/json"
	"errors"
	"net/http"

	"example.com/store"
	"github.com/go-playground/validator/v10"
)

var validate = validator.New()

type req struct{ Name string }

func create(w http.ResponseWriter, r *http.Request, db *store.DB) {
	var in req
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := validate.Struct(in); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := db.Create(r.Context(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
		http.Error(w, "taken", http.StatusBadRequest) // want `for a conflict`
	}
}
