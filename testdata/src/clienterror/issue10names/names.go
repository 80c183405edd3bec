// Package issue10names: errors named like client errors, about values the
// server computed, answered with 500.
package issue10names

import (
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"example.com/windows"
)

func rollup(w http.ResponseWriter, r *http.Request, s *windows.Store) {
	from := time.Now().Add(-time.Hour)
	if err := s.Rollup(r.Context(), from, time.Now()); errors.Is(err, windows.ErrInvalidWindow) {
		http.Error(w, "bad window", http.StatusInternalServerError)
		return
	}
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	if err := windows.CheckWindow(time.Now(), time.Now()); err != nil {
		http.Error(w, "bad window", http.StatusInternalServerError)
		return
	}
}

// Recall: the same kind of helper given the client's own values.
func register(w http.ResponseWriter, r *http.Request, s *windows.Store) {
	var in windows.Signup
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := s.Register(r.Context(), in); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(windows.ErrValidation\)`
		return
	}
}
