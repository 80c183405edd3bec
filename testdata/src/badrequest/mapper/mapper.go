// Package mapper maps errors to statuses for handlers in other packages:
// a wrong case is reported here, once, though nothing here writes it.
package mapper

import (
	"errors"
	"net/http"
)

var (
	ErrDuplicate = errors.New("duplicate")
	ErrNotFound  = errors.New("not found")
	ErrStale     = errors.New("stale")
)

// StatusFor maps an error to its status.
func StatusFor(err error) int {
	switch {
	case errors.Is(err, ErrDuplicate):
		return http.StatusBadRequest // want `400 \(http.StatusBadRequest\) for a conflict \(mapper.ErrDuplicate\); use 409`
	case errors.Is(err, ErrNotFound):
		return http.StatusNotFound
	}
	return http.StatusInternalServerError
}

// Kind is an error kind.
type Kind int

const (
	KindOK Kind = iota
	KindAlreadyExists
	KindInvalid
	KindMissing
)

var kindStatus = map[Kind]int{
	KindOK:            http.StatusOK,
	KindAlreadyExists: http.StatusBadRequest, // want `400 \(http.StatusBadRequest\) for a conflict \(mapper.KindAlreadyExists\); use 409`
	KindInvalid:       http.StatusBadRequest,
	KindMissing:       http.StatusNotFound,
}

// Status is the status of a kind.
func (k Kind) Status() int {
	if s, ok := kindStatus[k]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// Good maps a duplicate to 409.
func Good(err error) int {
	if errors.Is(err, ErrDuplicate) {
		return http.StatusConflict
	}
	if errors.Is(err, ErrStale) {
		return http.StatusConflict
	}
	return http.StatusBadRequest
}
