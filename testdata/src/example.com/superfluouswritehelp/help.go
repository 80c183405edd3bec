// Package superfluouswritehelp holds helpers that write a response on some
// paths only, for the superfluouswrite fixtures.
package superfluouswritehelp

import "net/http"

// Authorize writes a 401 and returns false when the request has no
// credentials; it writes nothing otherwise.
func Authorize(w http.ResponseWriter, r *http.Request) bool {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", "Bearer")
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return false
	}
	return true
}

// Created writes 201 and a location: a whole response.
func Created(w http.ResponseWriter, location string) {
	w.Header().Set("Location", location)
	w.WriteHeader(http.StatusCreated)
}
