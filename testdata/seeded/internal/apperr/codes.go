package apperr

import "net/http"

// Code is the business code of the legacy v1 envelope
// {"code": 40401, "message": "...", "data": ...}. It is not an HTTP status:
// HTTPStatus says which one to send.
type Code int

const (
	CodeOK                Code = 0
	CodeBadParam          Code = 40001
	CodeInvalid           Code = 42201
	CodeUnauthorized      Code = 40101
	CodeInsufficientFunds Code = 40201
	CodeNotFound          Code = 40401
	CodeDuplicate         Code = 40901
	CodeRateLimited       Code = 42901
	CodeInternal          Code = 50001
)

var codeStatus = map[Code]int{
	CodeOK:                http.StatusOK,
	CodeBadParam:          http.StatusBadRequest,
	CodeInvalid:           http.StatusUnprocessableEntity,
	CodeUnauthorized:      http.StatusUnauthorized,
	CodeInsufficientFunds: http.StatusPaymentRequired,
	CodeNotFound:          http.StatusNotFound,   // LOOKALIKE(statuscode): [mapper] business code 40401 mapped to a valid HTTP status
	CodeDuplicate:         http.StatusBadRequest, // SEEDED(badrequest): [mapper] a duplicate is a conflict; the table sends 400 for every CodeDuplicate response, 409 fits
	CodeRateLimited:       http.StatusTooManyRequests,
	CodeInternal:          http.StatusInternalServerError,
}

// HTTPStatus is the status an envelope with this code is sent with.
func (c Code) HTTPStatus() int {
	if s, ok := codeStatus[c]; ok {
		return s
	}
	return http.StatusInternalServerError
}
