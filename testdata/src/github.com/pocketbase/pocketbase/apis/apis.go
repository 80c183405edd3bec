// Package apis is a stub of github.com/pocketbase/pocketbase/apis
// (v0.36.8): the error helpers, aliases of router's.
package apis

import (
	"net/http"

	"github.com/pocketbase/pocketbase/tools/router"
)

func NewApiError(status int, message string, errData any) *router.ApiError {
	return router.NewApiError(status, message, errData)
}
func NewBadRequestError(message string, errData any) *router.ApiError   { return nil }
func NewNotFoundError(message string, errData any) *router.ApiError     { return nil }
func NewForbiddenError(message string, errData any) *router.ApiError    { return nil }
func NewUnauthorizedError(message string, errData any) *router.ApiError { return nil }
func NewTooManyRequestsError(message string, errData any) *router.ApiError {
	return nil
}
func NewInternalServerError(message string, errData any) *router.ApiError { return nil }

var ErrRequestEntityTooLarge = router.NewApiError(http.StatusRequestEntityTooLarge, "Request entity too large", nil)
