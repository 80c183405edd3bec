// Package httpx holds the net/http response helpers every net/http and chi
// service in the shop uses.
package httpx

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"example.com/seeded/internal/apperr"
	"example.com/seeded/internal/store"
)

// Realm is the bearer challenge the shop's APIs send with a 401.
const Realm = `Bearer realm="shop"`

// ErrorBody is the JSON shape of every error response.
type ErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// JSON writes v with the given status.
func JSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		slog.Warn("writing response", "err", err)
	}
}

// Error writes an error body with the given status. The caller sets any
// header the status needs.
func Error(w http.ResponseWriter, status int, msg string) {
	JSON(w, status, ErrorBody{Code: strings.ToLower(strings.ReplaceAll(http.StatusText(status), " ", "_")), Message: msg})
}

// Challenge sets the 401 challenge; Unauthorized writes the 401 with it.
func Challenge(w http.ResponseWriter, scheme string) {
	w.Header().Set("WWW-Authenticate", scheme)
}

func Unauthorized(w http.ResponseWriter, msg string) {
	Challenge(w, Realm)
	Error(w, http.StatusUnauthorized, msg) // LOOKALIKE(wwwauthenticate): [crosspkg] the helper sets the challenge before its 401
}

// MethodNotAllowed answers a method the handler does not serve.
func MethodNotAllowed(w http.ResponseWriter, allowed ...string) {
	w.Header().Set("Allow", strings.Join(allowed, ", "))
	Error(w, http.StatusMethodNotAllowed, "method not allowed") // LOOKALIKE(allowheader): [crosspkg] Allow set by the helper itself
}

// StatusFor is the status an error is sent with.
func StatusFor(err error) int {
	var sc interface{ StatusCode() int }
	switch {
	case errors.As(err, &sc):
		return sc.StatusCode()
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, store.ErrDuplicate):
		return http.StatusBadRequest // SEEDED(badrequest): [mapper] a duplicate key is a conflict: 409, for every handler that returns it
	case errors.Is(err, store.ErrVersionConflict):
		return http.StatusConflict // LOOKALIKE(badrequest): [mapper] version conflict mapped to 409
	case errors.Is(err, store.ErrRateLimited):
		return http.StatusTooManyRequests
	case errors.Is(err, store.ErrUnavailable), errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError // LOOKALIKE(clienterror): [mapper] an error of no known kind is the server's
}

// RespondErr writes the status err carries, with the headers that status
// needs.
func RespondErr(w http.ResponseWriter, err error) {
	status := StatusFor(err)
	body := ErrorBody{Code: "internal", Message: "internal error"}
	var ae *apperr.Error
	if errors.As(err, &ae) {
		body = ErrorBody{Code: ae.Code, Message: ae.Msg}
	} else if status < 500 {
		body = ErrorBody{Code: strings.ToLower(strings.ReplaceAll(http.StatusText(status), " ", "_")), Message: err.Error()}
	}
	switch status {
	case http.StatusUnauthorized:
		w.Header().Set("WWW-Authenticate", Realm)
	case http.StatusTooManyRequests, http.StatusServiceUnavailable:
		w.Header().Set("Retry-After", "5")
	}
	if status >= 500 {
		slog.Error("request failed", "status", status, "err", err)
	}
	JSON(w, status, body) // LOOKALIKE(wwwauthenticate): [writer] the central writer sets the challenge when the error carries 401
}

// Respond is the one call a handler ends with: the error's status, 204 for
// no data, 200 with the data otherwise.
func Respond(ctx context.Context, w http.ResponseWriter, data any, err error) {
	if err != nil {
		RespondErr(w, err)
		return
	}
	if data == nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	JSON(w, http.StatusOK, data)
}

// OK writes the data of the legacy envelope with 200.
func OK(w http.ResponseWriter, v any) {
	JSON(w, http.StatusOK, v)
}
