// Package huma is a stub of github.com/danielgtaylor/huma/v2 (v2.37.2)
// with the API surface statuslint's adapter table and fixtures use, with
// the real signatures and kinds: handlers are func(context.Context, *I)
// (*O, error), registered with the generic Register, Get, Post...;
// Context is an interface that middleware writes through; NewError is a
// variable an application may replace.
package huma

import (
	"context"
	"io"
	"net/http"
	"net/url"
)

// API is a router with an OpenAPI document.
type API interface {
	UseMiddleware(middlewares ...func(ctx Context, next func(Context)))
}

// Operation describes one route.
type Operation struct {
	OperationID   string
	Method        string
	Path          string
	DefaultStatus int
	Summary       string
	Tags          []string
	Errors        []int
	Responses     map[string]*Response
}

// Response is one documented response of an operation.
type Response struct {
	Description string
}

// Group is a set of operations under common prefixes.
type Group struct {
	API
	prefixes []string
}

// NewGroup makes a group of api whose operations' paths start with each
// of prefixes.
func NewGroup(api API, prefixes ...string) *Group { return &Group{API: api, prefixes: prefixes} }

// Config is an API's configuration.
type Config struct{}

// DefaultConfig returns a configuration.
func DefaultConfig(title, version string) Config { return Config{} }

// Context is the request and response of one operation, for middleware.
type Context interface {
	Operation() *Operation
	Context() context.Context
	Method() string
	Host() string
	URL() url.URL
	Param(name string) string
	Query(name string) string
	Header(name string) string
	BodyReader() io.Reader
	SetStatus(code int)
	Status() int
	SetHeader(name, value string)
	AppendHeader(name, value string)
	BodyWriter() io.Writer
}

// StatusError is an error with an HTTP status.
type StatusError interface {
	GetStatus() int
	Error() string
}

// HeadersError is an error with headers to send.
type HeadersError interface {
	GetHeaders() http.Header
	Error() string
}

// ErrorModel is the default error body.
type ErrorModel struct {
	Status int
	Title  string
	Detail string
}

func (e *ErrorModel) Error() string  { return e.Detail }
func (e *ErrorModel) GetStatus() int { return e.Status }

type errWithHeaders struct {
	err     error
	headers http.Header
}

func (e *errWithHeaders) Error() string           { return e.err.Error() }
func (e *errWithHeaders) Unwrap() error           { return e.err }
func (e *errWithHeaders) GetHeaders() http.Header { return e.headers }

// ErrorWithHeaders wraps err with headers to send.
func ErrorWithHeaders(err error, headers http.Header) error {
	return &errWithHeaders{err: err, headers: headers}
}

// NewError creates an error; an application may replace it.
var NewError = func(status int, msg string, errs ...error) StatusError {
	return &ErrorModel{Status: status, Detail: msg}
}

// NewErrorWithContext creates an error; an application may replace it.
var NewErrorWithContext = func(_ Context, status int, msg string, errs ...error) StatusError {
	return NewError(status, msg, errs...)
}

// WriteErr writes an error response.
func WriteErr(api API, ctx Context, status int, msg string, errs ...error) error { return nil }

// Status304NotModified returns a 304.
func Status304NotModified() StatusError { return NewError(http.StatusNotModified, "") }

func Error400BadRequest(msg string, errs ...error) StatusError   { return NewError(400, msg, errs...) }
func Error401Unauthorized(msg string, errs ...error) StatusError { return NewError(401, msg, errs...) }
func Error402PaymentRequired(msg string, errs ...error) StatusError {
	return NewError(402, msg, errs...)
}
func Error403Forbidden(msg string, errs ...error) StatusError { return NewError(403, msg, errs...) }
func Error404NotFound(msg string, errs ...error) StatusError  { return NewError(404, msg, errs...) }
func Error405MethodNotAllowed(msg string, errs ...error) StatusError {
	return NewError(405, msg, errs...)
}
func Error406NotAcceptable(msg string, errs ...error) StatusError { return NewError(406, msg, errs...) }
func Error407ProxyAuthRequired(msg string, errs ...error) StatusError {
	return NewError(407, msg, errs...)
}
func Error408RequestTimeout(msg string, errs ...error) StatusError {
	return NewError(408, msg, errs...)
}
func Error409Conflict(msg string, errs ...error) StatusError { return NewError(409, msg, errs...) }
func Error410Gone(msg string, errs ...error) StatusError     { return NewError(410, msg, errs...) }
func Error411LengthRequired(msg string, errs ...error) StatusError {
	return NewError(411, msg, errs...)
}
func Error412PreconditionFailed(msg string, errs ...error) StatusError {
	return NewError(412, msg, errs...)
}
func Error413RequestEntityTooLarge(msg string, errs ...error) StatusError {
	return NewError(413, msg, errs...)
}
func Error414RequestURITooLong(msg string, errs ...error) StatusError {
	return NewError(414, msg, errs...)
}
func Error415UnsupportedMediaType(msg string, errs ...error) StatusError {
	return NewError(415, msg, errs...)
}
func Error416RequestedRangeNotSatisfiable(msg string, errs ...error) StatusError {
	return NewError(416, msg, errs...)
}
func Error417ExpectationFailed(msg string, errs ...error) StatusError {
	return NewError(417, msg, errs...)
}
func Error418Teapot(msg string, errs ...error) StatusError { return NewError(418, msg, errs...) }
func Error421MisdirectedRequest(msg string, errs ...error) StatusError {
	return NewError(421, msg, errs...)
}
func Error422UnprocessableEntity(msg string, errs ...error) StatusError {
	return NewError(422, msg, errs...)
}
func Error423Locked(msg string, errs ...error) StatusError { return NewError(423, msg, errs...) }
func Error424FailedDependency(msg string, errs ...error) StatusError {
	return NewError(424, msg, errs...)
}
func Error425TooEarly(msg string, errs ...error) StatusError { return NewError(425, msg, errs...) }
func Error426UpgradeRequired(msg string, errs ...error) StatusError {
	return NewError(426, msg, errs...)
}
func Error428PreconditionRequired(msg string, errs ...error) StatusError {
	return NewError(428, msg, errs...)
}
func Error429TooManyRequests(msg string, errs ...error) StatusError {
	return NewError(429, msg, errs...)
}
func Error431RequestHeaderFieldsTooLarge(msg string, errs ...error) StatusError {
	return NewError(431, msg, errs...)
}
func Error451UnavailableForLegalReasons(msg string, errs ...error) StatusError {
	return NewError(451, msg, errs...)
}
func Error500InternalServerError(msg string, errs ...error) StatusError {
	return NewError(500, msg, errs...)
}
func Error501NotImplemented(msg string, errs ...error) StatusError {
	return NewError(501, msg, errs...)
}
func Error502BadGateway(msg string, errs ...error) StatusError { return NewError(502, msg, errs...) }
func Error503ServiceUnavailable(msg string, errs ...error) StatusError {
	return NewError(503, msg, errs...)
}
func Error504GatewayTimeout(msg string, errs ...error) StatusError {
	return NewError(504, msg, errs...)
}
func Error505HTTPVersionNotSupported(msg string, errs ...error) StatusError {
	return NewError(505, msg, errs...)
}
func Error506VariantAlsoNegotiates(msg string, errs ...error) StatusError {
	return NewError(506, msg, errs...)
}
func Error507InsufficientStorage(msg string, errs ...error) StatusError {
	return NewError(507, msg, errs...)
}
func Error508LoopDetected(msg string, errs ...error) StatusError { return NewError(508, msg, errs...) }
func Error510NotExtended(msg string, errs ...error) StatusError  { return NewError(510, msg, errs...) }
func Error511NetworkAuthenticationRequired(msg string, errs ...error) StatusError {
	return NewError(511, msg, errs...)
}

// transformAndWrite is huma's own writer: after a failed marshal for a
// client that went away it sets 499 again, for the loggers that read
// Status(). A framework's own package is not checked.
func transformAndWrite(ctx Context, status int, marshal func(io.Writer) error) {
	ctx.SetStatus(status)
	if err := marshal(ctx.BodyWriter()); err != nil {
		if ctx.Context().Err() != nil {
			ctx.SetStatus(499)
			return
		}
		ctx.BodyWriter().Write([]byte("error marshaling response"))
	}
}

// Register registers an operation.
func Register[I, O any](api API, op Operation, handler func(context.Context, *I) (*O, error)) {}

func Get[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}
func Post[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}
func Put[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}
func Patch[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}
func Delete[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}
func Head[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}
