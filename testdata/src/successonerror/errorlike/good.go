package errorlike

import (
	"encoding/json"
	"net/http"
)

// fieldError reports a bad field; its Error method returns an error
// (to be translated), so it is no error itself.
type fieldError struct{ field string }

func (e *fieldError) Error() error { return nil }

type account struct{ Name string }

func checkAccount(a account) *fieldError {
	if a.Name == "" {
		return &fieldError{"name"}
	}
	return nil
}

// verr == nil is success: the account is created, not a lookup that
// found nothing.
func createAccount(w http.ResponseWriter, r *http.Request) {
	var a account
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if verr := checkAccount(a); verr != nil {
		http.Error(w, verr.field, http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(a)
}
