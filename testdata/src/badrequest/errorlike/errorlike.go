// Package errorlike: validation results of a type with an Error method
// that is not error (it returns an error to translate, as a localized
// error does). verr != nil is the handler's error path all the same.
package errorlike

import (
	"encoding/json"
	"errors"
	"net/http"
)

type localizedError struct{ key string }

func (e *localizedError) Error() error { return errors.New(e.key) }

type userRequest struct {
	Name     string `json:"name"`
	Password string `json:"password"`
}

func (u *userRequest) Validate() *localizedError { return nil }

func validateUserCreation(req *userRequest) *localizedError { return nil }

// Decoded fine, then failed a check: 422.
func createUser(w http.ResponseWriter, r *http.Request) {
	var req userRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if verr := req.Validate(); verr != nil {
		http.Error(w, verr.Error().Error(), http.StatusBadRequest) // want `400 \(http.StatusBadRequest\) for a well-formed request that failed validation \(.*\); use 422 \(http.StatusUnprocessableEntity\)`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// No error: the handler goes on, and its 400 later is for something else.
func updateUser(w http.ResponseWriter, r *http.Request) {
	var req userRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if verr := validateUserCreation(&req); verr == nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	http.Error(w, "bad user", http.StatusBadRequest)
}

// A check of a URL value: malformed input, 400 is right.
func showUser(w http.ResponseWriter, r *http.Request) {
	req := userRequest{Name: r.URL.Query().Get("name")}
	if verr := req.Validate(); verr != nil {
		http.Error(w, verr.key, http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// 422 already.
func createUser422(w http.ResponseWriter, r *http.Request) {
	var req userRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if verr := req.Validate(); verr != nil {
		http.Error(w, verr.key, http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
