// Package echo is a stub of github.com/labstack/echo/v5 (v5.4.7) with the
// API surface statuslint's adapter table and fixtures use, with the real
// signatures and kinds: Context is a struct used through a pointer, and
// c.Response() is a plain http.ResponseWriter. Logger is left out: it is
// a *slog.Logger in the real module, which nothing here needs.
package echo

import (
	"errors"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"net/url"
)

// Context represents the context of the current HTTP request.
type Context struct {
	request  *http.Request
	response http.ResponseWriter
	echo     *Echo
}

func (c *Context) Request() *http.Request                              { return c.request }
func (c *Context) SetRequest(r *http.Request)                          {}
func (c *Context) Response() http.ResponseWriter                       { return c.response }
func (c *Context) SetResponse(r http.ResponseWriter)                   {}
func (c *Context) IsTLS() bool                                         { return false }
func (c *Context) IsWebSocket() bool                                   { return false }
func (c *Context) Scheme() string                                      { return "" }
func (c *Context) RealIP() string                                      { return "" }
func (c *Context) Path() string                                        { return "" }
func (c *Context) Param(name string) string                            { return "" }
func (c *Context) ParamOr(name, defaultValue string) string            { return "" }
func (c *Context) QueryParam(name string) string                       { return "" }
func (c *Context) QueryParamOr(name, defaultValue string) string       { return "" }
func (c *Context) QueryParams() url.Values                             { return nil }
func (c *Context) QueryString() string                                 { return "" }
func (c *Context) FormValue(name string) string                        { return "" }
func (c *Context) FormValueOr(name, defaultValue string) string        { return "" }
func (c *Context) FormValues() (url.Values, error)                     { return nil, nil }
func (c *Context) FormFile(name string) (*multipart.FileHeader, error) { return nil, nil }
func (c *Context) MultipartForm() (*multipart.Form, error)             { return nil, nil }
func (c *Context) Cookie(name string) (*http.Cookie, error)            { return nil, nil }
func (c *Context) SetCookie(cookie *http.Cookie)                       {}
func (c *Context) Cookies() []*http.Cookie                             { return nil }
func (c *Context) Get(key string) any                                  { return nil }
func (c *Context) Set(key string, val any)                             {}
func (c *Context) Bind(i any) error                                    { return nil }
func (c *Context) Validate(i any) error                                { return nil }
func (c *Context) Render(code int, name string, data any) (err error)  { return nil }
func (c *Context) HTML(code int, html string) (err error)              { return nil }
func (c *Context) HTMLBlob(code int, b []byte) (err error)             { return nil }
func (c *Context) String(code int, s string) (err error)               { return nil }
func (c *Context) JSON(code int, i any) (err error)                    { return nil }
func (c *Context) JSONPretty(code int, i any, indent string) (err error) {
	return nil
}
func (c *Context) JSONBlob(code int, b []byte) (err error)                      { return nil }
func (c *Context) JSONP(code int, callback string, i any) (err error)           { return nil }
func (c *Context) JSONPBlob(code int, callback string, b []byte) (err error)    { return nil }
func (c *Context) XML(code int, i any) (err error)                              { return nil }
func (c *Context) XMLPretty(code int, i any, indent string) (err error)         { return nil }
func (c *Context) XMLBlob(code int, b []byte) (err error)                       { return nil }
func (c *Context) Blob(code int, contentType string, b []byte) (err error)      { return nil }
func (c *Context) Stream(code int, contentType string, r io.Reader) (err error) { return nil }
func (c *Context) File(file string) error                                       { return nil }
func (c *Context) FileFS(file string, filesystem fs.FS) error                   { return nil }
func (c *Context) Attachment(file, name string) error                           { return nil }
func (c *Context) Inline(file, name string) error                               { return nil }
func (c *Context) NoContent(code int) error                                     { return nil }
func (c *Context) Redirect(code int, url string) error                          { return nil }
func (c *Context) Echo() *Echo                                                  { return c.echo }

// Response wraps an http.ResponseWriter; c.Response() holds one.
type Response struct {
	http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

func (r *Response) Before(fn func())                           {}
func (r *Response) After(fn func())                            {}
func (r *Response) WriteHeader(code int)                       {}
func (r *Response) Write(b []byte) (n int, err error)          { return len(b), nil }
func (r *Response) Flush()                                     {}
func (r *Response) Unwrap() http.ResponseWriter                { return r.ResponseWriter }
func UnwrapResponse(rw http.ResponseWriter) (*Response, error) { return nil, nil }

type (
	// HandlerFunc defines a function to serve HTTP requests.
	HandlerFunc func(c *Context) error
	// MiddlewareFunc defines a function to process middleware.
	MiddlewareFunc func(next HandlerFunc) HandlerFunc
	// HTTPErrorHandler is a centralized HTTP error handler.
	HTTPErrorHandler func(c *Context, err error)
	// Map defines a generic map of type `map[string]any`.
	Map map[string]any
)

// Binder is the interface that wraps the Bind method.
type Binder interface {
	Bind(c *Context, target any) error
}

// DefaultBinder is the default implementation of the Binder interface.
type DefaultBinder struct{}

func (b *DefaultBinder) Bind(c *Context, target any) error { return nil }

func BindPathValues(c *Context, target any) error  { return nil }
func BindQueryParams(c *Context, target any) error { return nil }
func BindBody(c *Context, target any) (err error)  { return nil }
func BindHeaders(c *Context, target any) error     { return nil }
func QueryParam[T any](c *Context, key string, opts ...any) (T, error) {
	var v T
	return v, nil
}
func PathParam[T any](c *Context, paramName string, opts ...any) (T, error) {
	var v T
	return v, nil
}
func ContextGet[T any](c *Context, key string) (T, error) {
	var v T
	return v, nil
}

// HTTPStatusCoder is an error with a status code.
type HTTPStatusCoder interface {
	StatusCode() int
}

// HTTPError represents an error that occurred while handling a request.
type HTTPError struct {
	Code    int    `json:"-"`
	Message string `json:"message"`
	err     error
}

func NewHTTPError(code int, message string) *HTTPError {
	return &HTTPError{Code: code, Message: message}
}

func (he *HTTPError) StatusCode() int { return he.Code }
func (he *HTTPError) Error() string   { return he.Message }
func (he HTTPError) Wrap(err error) error {
	return &HTTPError{Code: he.Code, Message: he.Message, err: err}
}
func (he *HTTPError) Unwrap() error { return he.err }

type httpError struct {
	code int
}

func (he httpError) StatusCode() int { return he.code }
func (he httpError) Error() string   { return http.StatusText(he.code) }
func (he httpError) Wrap(err error) error {
	return &HTTPError{Code: he.code, Message: http.StatusText(he.code), err: err}
}

// Errors
var (
	ErrBadRequest                  = &httpError{http.StatusBadRequest}
	ErrUnauthorized                = &httpError{http.StatusUnauthorized}
	ErrForbidden                   = &httpError{http.StatusForbidden}
	ErrNotFound                    = &httpError{http.StatusNotFound}
	ErrMethodNotAllowed            = &httpError{http.StatusMethodNotAllowed}
	ErrRequestTimeout              = &httpError{http.StatusRequestTimeout}
	ErrStatusRequestEntityTooLarge = &httpError{http.StatusRequestEntityTooLarge}
	ErrUnsupportedMediaType        = &httpError{http.StatusUnsupportedMediaType}
	ErrTooManyRequests             = &httpError{http.StatusTooManyRequests}
	ErrInternalServerError         = &httpError{http.StatusInternalServerError}
	ErrBadGateway                  = &httpError{http.StatusBadGateway}
	ErrServiceUnavailable          = &httpError{http.StatusServiceUnavailable}
)

var ErrValidatorNotRegistered = errors.New("validator not registered")

// RouteInfo describes a registered route.
type RouteInfo struct {
	Name   string
	Method string
	Path   string
}

// Routes is a list of registered routes.
type Routes []RouteInfo

// Echo is the top-level framework instance.
type Echo struct {
	HTTPErrorHandler HTTPErrorHandler
	Binder           Binder
	Validator        Validator
}

// Validator is the interface that wraps the Validate function.
type Validator interface {
	Validate(i any) error
}

func New() *Echo                                                { return &Echo{} }
func DefaultHTTPErrorHandler(exposeError bool) HTTPErrorHandler { return nil }
func (e *Echo) NewContext(r *http.Request, w http.ResponseWriter) *Context {
	return &Context{request: r, response: w, echo: e}
}
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
func (e *Echo) Pre(middleware ...MiddlewareFunc)                 {}
func (e *Echo) Use(middleware ...MiddlewareFunc)                 {}
func (e *Echo) CONNECT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo  { return RouteInfo{} }
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo     { return RouteInfo{} }
func (e *Echo) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo    { return RouteInfo{} }
func (e *Echo) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo   { return RouteInfo{} }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo    { return RouteInfo{} }
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo     { return RouteInfo{} }
func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (e *Echo) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) Routes {
	return nil
}
func (e *Echo) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { return &Group{} }

// Group is a set of sub-routes.
type Group struct{}

func (g *Group) Use(middleware ...MiddlewareFunc)                                 {}
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo    { return RouteInfo{} }
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo   { return RouteInfo{} }
func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo    { return RouteInfo{} }
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }
func (g *Group) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo  { return RouteInfo{} }
func (g *Group) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// MIME types and headers.
const (
	MIMEApplicationJSON   = "application/json"
	MIMETextPlain         = "text/plain"
	MIMEOctetStream       = "application/octet-stream"
	HeaderCacheControl    = "Cache-Control"
	HeaderAllow           = "Allow"
	HeaderWWWAuthenticate = "WWW-Authenticate"
	HeaderLocation        = "Location"
	HeaderRetryAfter      = "Retry-After"
	HeaderContentType     = "Content-Type"
	HeaderAuthorization   = "Authorization"
)
