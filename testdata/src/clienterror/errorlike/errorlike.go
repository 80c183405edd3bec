// Package errorlike: a Validate method whose result is error-like (its
// Error method returns an error to translate) fails on client input all
// the same.
package errorlike

import (
	"encoding/json"
	"errors"
	"net/http"
)

type localizedError struct{ key string }

func (e *localizedError) Error() error { return errors.New(e.key) }

type feedRequest struct {
	URL string `json:"url"`
}

func (f *feedRequest) Validate() *localizedError { return nil }

func createFeed(w http.ResponseWriter, r *http.Request) {
	var req feedRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if verr := req.Validate(); verr != nil {
		http.Error(w, verr.key, http.StatusInternalServerError) // want `client input \(validating the request\); use 422 \(http.StatusUnprocessableEntity\)`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func refresh() *localizedError { return nil }

// An error-like result of the server's own work: 500 is right.
func refreshFeeds(w http.ResponseWriter, r *http.Request) {
	if lerr := refresh(); lerr != nil {
		http.Error(w, lerr.key, http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// No error: nil is the success of the check, and the handler goes on.
func updateFeed(w http.ResponseWriter, r *http.Request) {
	var req feedRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if verr := req.Validate(); verr == nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	http.Error(w, "invalid feed", http.StatusUnprocessableEntity)
}
