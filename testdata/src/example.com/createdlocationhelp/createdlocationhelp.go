// Package createdlocationhelp holds helpers that answer requests creating
// resources, with and without Location.
package createdlocationhelp

import (
	"encoding/json"
	"net/http"
)

// Created sets Location and writes 201 with v: nothing to report anywhere.
func Created(w http.ResponseWriter, location string, v any) {
	w.Header().Set("Location", location)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(v)
}

// CreatedBody writes 201 on its own and forgets Location: reported here,
// not at its callers.
func CreatedBody(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated) // want `201 response without Location header`
	json.NewEncoder(w).Encode(v)
}

// SetLocation sets Location and writes nothing else.
func SetLocation(w http.ResponseWriter, location string) {
	w.Header().Set("Location", location)
}

// MaybeSetLocation sets Location only when it is given one.
func MaybeSetLocation(w http.ResponseWriter, location string) {
	if location != "" {
		w.Header().Set("Location", location)
	}
}
