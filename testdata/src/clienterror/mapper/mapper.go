// Package mapper maps errors to statuses for handlers in other packages.
package mapper

import (
	"encoding/json"
	"errors"
	"net/http"
)

// StatusFor sends a malformed body as a server error.
func StatusFor(err error) int {
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &syn):
		return http.StatusInternalServerError // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
	case errors.Is(err, errBusy):
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

var errBusy = errors.New("busy")

// Good sends it as 400.
func Good(err error) int {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}
