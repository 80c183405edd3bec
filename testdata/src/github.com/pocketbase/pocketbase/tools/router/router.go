// Package router is a stub of github.com/pocketbase/pocketbase/tools/router
// (v0.36.8) with the real signatures: Event is a struct embedded by
// core.RequestEvent, and the router is generic over the event type.
package router

import (
	"io"
	"io/fs"
	"net/http"

	"github.com/pocketbase/pocketbase/tools/hook"
)

// Event is the base of every route handler's event.
type Event struct {
	Response http.ResponseWriter
	Request  *http.Request

	hook.Event
}

func (e *Event) Written() bool                        { return false }
func (e *Event) Status() int                          { return 0 }
func (e *Event) Flush() error                         { return nil }
func (e *Event) SetCookie(cookie *http.Cookie)        {}
func (e *Event) Get(key string) any                   { return nil }
func (e *Event) GetAll() map[string]any               { return nil }
func (e *Event) Set(key string, value any)            {}
func (e *Event) String(status int, data string) error { return nil }
func (e *Event) HTML(status int, data string) error   { return nil }
func (e *Event) JSON(status int, data any) error      { return nil }
func (e *Event) XML(status int, data any) error       { return nil }
func (e *Event) Stream(status int, contentType string, reader io.Reader) error {
	return nil
}
func (e *Event) Blob(status int, contentType string, b []byte) error        { return nil }
func (e *Event) FileFS(fsys fs.FS, filename string) error                   { return nil }
func (e *Event) NoContent(status int) error                                 { return nil }
func (e *Event) Redirect(status int, url string) error                      { return nil }
func (e *Event) Error(status int, message string, errData any) *ApiError    { return nil }
func (e *Event) BadRequestError(message string, errData any) *ApiError      { return nil }
func (e *Event) NotFoundError(message string, errData any) *ApiError        { return nil }
func (e *Event) ForbiddenError(message string, errData any) *ApiError       { return nil }
func (e *Event) UnauthorizedError(message string, errData any) *ApiError    { return nil }
func (e *Event) TooManyRequestsError(message string, errData any) *ApiError { return nil }
func (e *Event) InternalServerError(message string, errData any) *ApiError  { return nil }
func (e *Event) BindBody(dst any) error                                     { return nil }

// ApiError is the error the router's ErrorHandler writes with its Status.
type ApiError struct {
	Data    map[string]any `json:"data"`
	Message string         `json:"message"`
	Status  int            `json:"status"`
}

func (e *ApiError) Error() string { return e.Message }

func NewApiError(status int, message string, rawErrData any) *ApiError {
	return &ApiError{Status: status, Message: message}
}
func NewNotFoundError(message string, rawErrData any) *ApiError     { return nil }
func NewBadRequestError(message string, rawErrData any) *ApiError   { return nil }
func NewForbiddenError(message string, rawErrData any) *ApiError    { return nil }
func NewUnauthorizedError(message string, rawErrData any) *ApiError { return nil }
func NewInternalServerError(message string, rawErrData any) *ApiError {
	return nil
}
func NewTooManyRequestsError(message string, rawErrData any) *ApiError { return nil }

var ErrFileNotFound = NewNotFoundError("File not found", nil)

// Router registers routes on a net/http ServeMux with "METHOD path" patterns.
type Router[T hook.Resolver] struct {
	*RouterGroup[T]
}

// RouterGroup is a group of routes.
type RouterGroup[T hook.Resolver] struct {
	Prefix string
}

// Route is one registered route.
type Route[T hook.Resolver] struct {
	Action func(e T) error
	Method string
	Path   string
}

func (route *Route[T]) BindFunc(middlewareFuncs ...func(e T) error) *Route[T] { return route }

func (group *RouterGroup[T]) Group(prefix string) *RouterGroup[T] { return group }
func (group *RouterGroup[T]) BindFunc(middlewareFuncs ...func(e T) error) *RouterGroup[T] {
	return group
}
func (group *RouterGroup[T]) Route(method string, path string, action func(e T) error) *Route[T] {
	return nil
}
func (group *RouterGroup[T]) Any(path string, action func(e T) error) *Route[T]     { return nil }
func (group *RouterGroup[T]) GET(path string, action func(e T) error) *Route[T]     { return nil }
func (group *RouterGroup[T]) SEARCH(path string, action func(e T) error) *Route[T]  { return nil }
func (group *RouterGroup[T]) POST(path string, action func(e T) error) *Route[T]    { return nil }
func (group *RouterGroup[T]) DELETE(path string, action func(e T) error) *Route[T]  { return nil }
func (group *RouterGroup[T]) PATCH(path string, action func(e T) error) *Route[T]   { return nil }
func (group *RouterGroup[T]) PUT(path string, action func(e T) error) *Route[T]     { return nil }
func (group *RouterGroup[T]) HEAD(path string, action func(e T) error) *Route[T]    { return nil }
func (group *RouterGroup[T]) OPTIONS(path string, action func(e T) error) *Route[T] { return nil }

// ErrorHandler writes err as the API error it is, or as the one it maps to.
func ErrorHandler(resp http.ResponseWriter, req *http.Request, err error) {}
