// Package apperr is the error type the services return. An *Error carries
// the HTTP status it should be sent with; the central writers send it.
package apperr

import (
	"fmt"
	"net/http"
)

// Error is an error with the status, the machine-readable code and the
// message a client should see.
type Error struct {
	Status int    `json:"-"`
	Code   string `json:"code"`
	Msg    string `json:"message"`
	Err    error  `json:"-"`
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Msg, e.Err)
	}
	return e.Code + ": " + e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

// StatusCode is what the writers send.
func (e *Error) StatusCode() int { return e.Status }

// New is for the rare status no constructor below covers.
func New(status int, code, msg string) error {
	return &Error{Status: status, Code: code, Msg: msg}
}

// BadRequest is for requests that could not be read: malformed JSON, a
// path or query parameter of the wrong type.
func BadRequest(reason string) error {
	return &Error{Status: http.StatusBadRequest, Code: "bad_request", Msg: reason}
}

// Invalid is for a request that was read but fails validation.
func Invalid(reason string) error {
	return &Error{Status: http.StatusUnprocessableEntity, Code: "invalid", Msg: reason} // LOOKALIKE(badrequest): [errcarry] validation failures carry 422
}

func NotFound(what string) error {
	return &Error{Status: http.StatusNotFound, Code: "not_found", Msg: what + " not found"}
}

func Conflict(reason string) error {
	return &Error{Status: http.StatusConflict, Code: "conflict", Msg: reason}
}

// Unauthorized is sent with a WWW-Authenticate challenge by every writer
// that sends an *Error.
func Unauthorized(reason string) error {
	return &Error{Status: http.StatusUnauthorized, Code: "unauthorized", Msg: reason}
}

func Forbidden(reason string) error {
	return &Error{Status: http.StatusForbidden, Code: "forbidden", Msg: reason}
}

func Internal(err error) error {
	return &Error{Status: http.StatusInternalServerError, Code: "internal", Msg: "internal error", Err: err}
}
