// Package echo is a stub of github.com/labstack/echo/v4 (v4.16.0) with the
// API surface statuslint's adapter table and fixtures use, with the real
// signatures and kinds: Context is an interface, Response and HTTPError are
// structs used through pointers. Logger and SetLogger are left out of
// Context: their types live in github.com/labstack/gommon.
package echo

import (
	"bufio"
	"errors"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
)

// Context represents the context of the current HTTP request.
type Context interface {
	Request() *http.Request
	SetRequest(r *http.Request)
	SetResponse(r *Response)
	Response() *Response
	IsTLS() bool
	IsWebSocket() bool
	Scheme() string
	RealIP() string
	Path() string
	SetPath(p string)
	Param(name string) string
	ParamNames() []string
	SetParamNames(names ...string)
	ParamValues() []string
	SetParamValues(values ...string)
	QueryParam(name string) string
	QueryParams() url.Values
	QueryString() string
	FormValue(name string) string
	FormParams() (url.Values, error)
	FormFile(name string) (*multipart.FileHeader, error)
	MultipartForm() (*multipart.Form, error)
	Cookie(name string) (*http.Cookie, error)
	SetCookie(cookie *http.Cookie)
	Cookies() []*http.Cookie
	Get(key string) any
	Set(key string, val any)
	Bind(i any) error
	Validate(i any) error
	Render(code int, name string, data any) error
	HTML(code int, html string) error
	HTMLBlob(code int, b []byte) error
	String(code int, s string) error
	JSON(code int, i any) error
	JSONPretty(code int, i any, indent string) error
	JSONBlob(code int, b []byte) error
	JSONP(code int, callback string, i any) error
	JSONPBlob(code int, callback string, b []byte) error
	XML(code int, i any) error
	XMLPretty(code int, i any, indent string) error
	XMLBlob(code int, b []byte) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	File(file string) error
	Attachment(file string, name string) error
	Inline(file string, name string) error
	NoContent(code int) error
	Redirect(code int, url string) error
	Error(err error)
	Handler() HandlerFunc
	SetHandler(h HandlerFunc)
	Echo() *Echo
	Reset(r *http.Request, w http.ResponseWriter)
}

// Response wraps an http.ResponseWriter.
type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

func NewResponse(w http.ResponseWriter, e *Echo) (r *Response) { return &Response{Writer: w} }

func (r *Response) Header() http.Header                          { return r.Writer.Header() }
func (r *Response) Before(fn func())                             {}
func (r *Response) After(fn func())                              {}
func (r *Response) WriteHeader(code int)                         {}
func (r *Response) Write(b []byte) (n int, err error)            { return len(b), nil }
func (r *Response) Flush()                                       {}
func (r *Response) Hijack() (net.Conn, *bufio.ReadWriter, error) { return nil, nil, nil }
func (r *Response) Unwrap() http.ResponseWriter                  { return r.Writer }

type (
	// HandlerFunc defines a function to serve HTTP requests.
	HandlerFunc func(c Context) error
	// MiddlewareFunc defines a function to process middleware.
	MiddlewareFunc func(next HandlerFunc) HandlerFunc
	// HTTPErrorHandler is a centralized HTTP error handler.
	HTTPErrorHandler func(err error, c Context)
	// Map defines a generic map of type `map[string]interface{}`.
	Map map[string]interface{}
)

// Validator is the interface that wraps the Validate function.
type Validator interface {
	Validate(i interface{}) error
}

// Binder is the interface that wraps the Bind method.
type Binder interface {
	Bind(i interface{}, c Context) error
}

// DefaultBinder is the default implementation of the Binder interface.
type DefaultBinder struct{}

func (b *DefaultBinder) BindPathParams(c Context, i interface{}) error  { return nil }
func (b *DefaultBinder) BindQueryParams(c Context, i interface{}) error { return nil }
func (b *DefaultBinder) BindBody(c Context, i interface{}) (err error)  { return nil }
func (b *DefaultBinder) BindHeaders(c Context, i interface{}) error     { return nil }
func (b *DefaultBinder) Bind(i interface{}, c Context) (err error)      { return nil }

// ValueBinder binds request values to typed destinations, collecting errors.
type ValueBinder struct {
	ValueFunc  func(sourceParam string) string
	ValuesFunc func(sourceParam string) []string
	ErrorFunc  func(sourceParam string, values []string, message interface{}, internalError error) error
}

func QueryParamsBinder(c Context) *ValueBinder { return &ValueBinder{} }
func PathParamsBinder(c Context) *ValueBinder  { return &ValueBinder{} }
func FormFieldBinder(c Context) *ValueBinder   { return &ValueBinder{} }

func (b *ValueBinder) BindError() error                                       { return nil }
func (b *ValueBinder) BindErrors() []error                                    { return nil }
func (b *ValueBinder) String(sourceParam string, dest *string) *ValueBinder   { return b }
func (b *ValueBinder) Int(sourceParam string, dest *int) *ValueBinder         { return b }
func (b *ValueBinder) MustInt(sourceParam string, dest *int) *ValueBinder     { return b }
func (b *ValueBinder) Int64(sourceParam string, dest *int64) *ValueBinder     { return b }
func (b *ValueBinder) MustInt64(sourceParam string, dest *int64) *ValueBinder { return b }

// PathParam extracts and parses a path parameter from the context by name.
func PathParam[T any](c Context, paramName string, opts ...any) (T, error) {
	var zero T
	return zero, nil
}

// QueryParam extracts and parses a single query parameter from the request by key.
func QueryParam[T any](c Context, key string, opts ...any) (T, error) {
	var zero T
	return zero, nil
}

// HTTPError represents an error that occurred while handling a request.
type HTTPError struct {
	Internal error       `json:"-"`
	Message  interface{} `json:"message"`
	Code     int         `json:"-"`
}

// NewHTTPError creates a new HTTPError instance.
func NewHTTPError(code int, message ...interface{}) *HTTPError {
	he := &HTTPError{Code: code, Message: http.StatusText(code)}
	if len(message) > 0 {
		he.Message = message[0]
	}
	return he
}

func (he *HTTPError) Error() string                     { return "" }
func (he *HTTPError) SetInternal(err error) *HTTPError  { he.Internal = err; return he }
func (he *HTTPError) WithInternal(err error) *HTTPError { c := *he; c.Internal = err; return &c }
func (he *HTTPError) Unwrap() error                     { return he.Internal }

// Route contains information to adding/registering new route with the router.
type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Name   string `json:"name"`
}

// Echo is the top-level framework instance.
type Echo struct {
	HTTPErrorHandler HTTPErrorHandler
	Binder           Binder
	Validator        Validator
	Debug            bool
}

// New creates an instance of Echo.
func New() (e *Echo) { return &Echo{} }

func (e *Echo) DefaultHTTPErrorHandler(err error, c Context)                  {}
func (e *Echo) Pre(middleware ...MiddlewareFunc)                              {}
func (e *Echo) Use(middleware ...MiddlewareFunc)                              {}
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return nil }
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { return nil }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { return nil }
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return nil }
func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}
func (e *Echo) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}
func (e *Echo) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	return nil
}
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group)       { return &Group{} }
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request)          {}
func (e *Echo) Start(address string) error                                { return nil }
func (e *Echo) NewContext(r *http.Request, w http.ResponseWriter) Context { return nil }

// Group is a set of sub-routes for a specified route.
type Group struct{}

func (g *Group) Use(middleware ...MiddlewareFunc)                              {}
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return nil }
func (g *Group) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { return nil }
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { return nil }
func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return nil }
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) { return &Group{} }

// Errors
var (
	ErrBadRequest                    = NewHTTPError(http.StatusBadRequest)                    // HTTP 400 Bad Request
	ErrUnauthorized                  = NewHTTPError(http.StatusUnauthorized)                  // HTTP 401 Unauthorized
	ErrPaymentRequired               = NewHTTPError(http.StatusPaymentRequired)               // HTTP 402 Payment Required
	ErrForbidden                     = NewHTTPError(http.StatusForbidden)                     // HTTP 403 Forbidden
	ErrNotFound                      = NewHTTPError(http.StatusNotFound)                      // HTTP 404 Not Found
	ErrMethodNotAllowed              = NewHTTPError(http.StatusMethodNotAllowed)              // HTTP 405 Method Not Allowed
	ErrNotAcceptable                 = NewHTTPError(http.StatusNotAcceptable)                 // HTTP 406 Not Acceptable
	ErrProxyAuthRequired             = NewHTTPError(http.StatusProxyAuthRequired)             // HTTP 407 Proxy AuthRequired
	ErrRequestTimeout                = NewHTTPError(http.StatusRequestTimeout)                // HTTP 408 Request Timeout
	ErrConflict                      = NewHTTPError(http.StatusConflict)                      // HTTP 409 Conflict
	ErrGone                          = NewHTTPError(http.StatusGone)                          // HTTP 410 Gone
	ErrLengthRequired                = NewHTTPError(http.StatusLengthRequired)                // HTTP 411 Length Required
	ErrPreconditionFailed            = NewHTTPError(http.StatusPreconditionFailed)            // HTTP 412 Precondition Failed
	ErrStatusRequestEntityTooLarge   = NewHTTPError(http.StatusRequestEntityTooLarge)         // HTTP 413 Payload Too Large
	ErrRequestURITooLong             = NewHTTPError(http.StatusRequestURITooLong)             // HTTP 414 URI Too Long
	ErrUnsupportedMediaType          = NewHTTPError(http.StatusUnsupportedMediaType)          // HTTP 415 Unsupported Media Type
	ErrRequestedRangeNotSatisfiable  = NewHTTPError(http.StatusRequestedRangeNotSatisfiable)  // HTTP 416 Range Not Satisfiable
	ErrExpectationFailed             = NewHTTPError(http.StatusExpectationFailed)             // HTTP 417 Expectation Failed
	ErrTeapot                        = NewHTTPError(http.StatusTeapot)                        // HTTP 418 I'm a teapot
	ErrMisdirectedRequest            = NewHTTPError(http.StatusMisdirectedRequest)            // HTTP 421 Misdirected Request
	ErrUnprocessableEntity           = NewHTTPError(http.StatusUnprocessableEntity)           // HTTP 422 Unprocessable Entity
	ErrLocked                        = NewHTTPError(http.StatusLocked)                        // HTTP 423 Locked
	ErrFailedDependency              = NewHTTPError(http.StatusFailedDependency)              // HTTP 424 Failed Dependency
	ErrTooEarly                      = NewHTTPError(http.StatusTooEarly)                      // HTTP 425 Too Early
	ErrUpgradeRequired               = NewHTTPError(http.StatusUpgradeRequired)               // HTTP 426 Upgrade Required
	ErrPreconditionRequired          = NewHTTPError(http.StatusPreconditionRequired)          // HTTP 428 Precondition Required
	ErrTooManyRequests               = NewHTTPError(http.StatusTooManyRequests)               // HTTP 429 Too Many Requests
	ErrRequestHeaderFieldsTooLarge   = NewHTTPError(http.StatusRequestHeaderFieldsTooLarge)   // HTTP 431 Request Header Fields Too Large
	ErrUnavailableForLegalReasons    = NewHTTPError(http.StatusUnavailableForLegalReasons)    // HTTP 451 Unavailable For Legal Reasons
	ErrInternalServerError           = NewHTTPError(http.StatusInternalServerError)           // HTTP 500 Internal Server Error
	ErrNotImplemented                = NewHTTPError(http.StatusNotImplemented)                // HTTP 501 Not Implemented
	ErrBadGateway                    = NewHTTPError(http.StatusBadGateway)                    // HTTP 502 Bad Gateway
	ErrServiceUnavailable            = NewHTTPError(http.StatusServiceUnavailable)            // HTTP 503 Service Unavailable
	ErrGatewayTimeout                = NewHTTPError(http.StatusGatewayTimeout)                // HTTP 504 Gateway Timeout
	ErrHTTPVersionNotSupported       = NewHTTPError(http.StatusHTTPVersionNotSupported)       // HTTP 505 HTTP Version Not Supported
	ErrVariantAlsoNegotiates         = NewHTTPError(http.StatusVariantAlsoNegotiates)         // HTTP 506 Variant Also Negotiates
	ErrInsufficientStorage           = NewHTTPError(http.StatusInsufficientStorage)           // HTTP 507 Insufficient Storage
	ErrLoopDetected                  = NewHTTPError(http.StatusLoopDetected)                  // HTTP 508 Loop Detected
	ErrNotExtended                   = NewHTTPError(http.StatusNotExtended)                   // HTTP 510 Not Extended
	ErrNetworkAuthenticationRequired = NewHTTPError(http.StatusNetworkAuthenticationRequired) // HTTP 511 Network Authentication Required

	ErrValidatorNotRegistered = errors.New("validator not registered")
	ErrRendererNotRegistered  = errors.New("renderer not registered")
	ErrInvalidRedirectCode    = errors.New("invalid redirect status code")

	ErrInvalidJSONPCallback   = errors.New("invalid JSONP callback")
	ErrCookieNotFound         = errors.New("cookie not found")
	ErrInvalidCertOrKeyType   = errors.New("invalid cert or key type, must be string or []byte")
	ErrInvalidListenerNetwork = errors.New("invalid listener network")
)

// MIME types
const (
	charsetUTF8                    = "charset=UTF-8"
	MIMEApplicationJSON            = "application/json"
	MIMEApplicationJSONCharsetUTF8 = MIMEApplicationJSON + "; " + charsetUTF8
	MIMETextPlain                  = "text/plain"
	MIMETextPlainCharsetUTF8       = MIMETextPlain + "; " + charsetUTF8
	MIMEOctetStream                = "application/octet-stream"
)

// Headers
const (
	HeaderAllow           = "Allow"
	HeaderAuthorization   = "Authorization"
	HeaderContentType     = "Content-Type"
	HeaderLocation        = "Location"
	HeaderRetryAfter      = "Retry-After"
	HeaderVary            = "Vary"
	HeaderWWWAuthenticate = "WWW-Authenticate"
	HeaderXRequestID      = "X-Request-Id"
	HeaderCacheControl    = "Cache-Control"
)
