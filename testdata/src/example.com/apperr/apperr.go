// Package apperr is the error package real services grow: errors that
// carry their HTTP status, constructors, a mapper and a table.
package apperr

import (
	"errors"
	"net/http"
)

// Error is an error with the status it is answered with.
type Error struct {
	Status int
	Code   int // a business code, not an HTTP status
	Msg    string
}

func (e *Error) Error() string { return e.Msg }

// StatusCode returns the status the error is answered with.
func (e *Error) StatusCode() int { return e.Status } // want StatusCode:"carries r0=recv.Status"

// New builds an error of any status.
func New(status int, msg string) *Error { return &Error{Status: status, Msg: msg} } // want New:"carries r0.Status=param0 r0.StatusCode\\(\\)=param0"

// BadRequest is an error of status 400.
func BadRequest(msg string) error { // want BadRequest:"carries r0.Status=400 r0.StatusCode\\(\\)=400"
	return &Error{Status: http.StatusBadRequest, Msg: msg}
}

// Conflict is an error of status 409.
func Conflict(msg string) error { // want Conflict:"carries r0.Status=409 r0.StatusCode\\(\\)=409"
	return &Error{Status: http.StatusConflict, Msg: msg}
}

// Unauthorized is an error of status 401.
func Unauthorized(msg string) error { // want Unauthorized:"carries r0.Status=401 r0.StatusCode\\(\\)=401"
	return New(http.StatusUnauthorized, msg)
}

// Internal is an error of status 500.
func Internal(err error) error { // want Internal:"carries r0.Status=500 r0.StatusCode\\(\\)=500"
	return &Error{Status: 500, Msg: err.Error()}
}

// WithCode is an error whose status is a business code: a mistake.
func WithCode(msg string) error { // want WithCode:"carries r0.Code=40401 r0.Status=40401 r0.StatusCode\\(\\)=40401"
	return &Error{Status: CodeNotFound, Code: CodeNotFound, Msg: msg}
}

// CodeNotFound is a business code.
const CodeNotFound = 40401

// Sentinels of the store.
var (
	ErrDuplicate = errors.New("duplicate")
	ErrNotFound  = errors.New("not found")
	ErrForbidden = &Error{Status: http.StatusForbidden, Msg: "forbidden"} // want ErrForbidden:"carries r0.Status=403"
)

// StatusFor maps an error to its status.
func StatusFor(err error) int { // want StatusFor:"carries r0=param0.Status\\? r0=400\\? r0=404\\? r0=500\\?"
	var e *Error
	switch {
	case errors.As(err, &e):
		return e.Status
	case errors.Is(err, ErrDuplicate):
		return http.StatusBadRequest
	case errors.Is(err, ErrNotFound):
		return http.StatusNotFound
	}
	return http.StatusInternalServerError
}

// Code is a business error code.
type Code int

// Business codes.
const (
	CodeOK Code = iota
	CodeDuplicate
	CodeMissing
)

var codeStatus = map[Code]int{
	CodeOK:        http.StatusOK,
	CodeDuplicate: http.StatusBadRequest,
	CodeMissing:   http.StatusNotFound,
}

// HTTPStatus is the status a business code is answered with.
func (c Code) HTTPStatus() int { // want HTTPStatus:"carries r0=200\\? r0=400\\? r0=404\\? r0=500\\?"
	if s, ok := codeStatus[c]; ok {
		return s
	}
	return http.StatusInternalServerError
}
