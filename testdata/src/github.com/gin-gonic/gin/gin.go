// Package gin is a stub of github.com/gin-gonic/gin (v1.12.0) with the API
// surface statuslint's adapter table and fixtures use, with the real
// signatures: *Context is a pointer to a struct, its Writer field is the
// ResponseWriter interface, H is a map. Bodies do nothing.
package gin

import (
	"io"
	"net/http"
	"time"
)

// H is a shortcut for map[string]any.
type H map[string]any

// HandlerFunc defines the handler used by gin middleware as return value.
type HandlerFunc func(*Context)

// OptionFunc defines the function to change the default configuration.
type OptionFunc func(*Engine)

// HandlersChain defines a HandlerFunc slice.
type HandlersChain []HandlerFunc

// ResponseWriter is the writer gin hands out as c.Writer.
type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier

	Status() int
	Size() int
	WriteString(string) (int, error)
	Written() bool
	WriteHeaderNow()
	Pusher() http.Pusher
}

// ErrorType is an unsigned 64-bit error code as defined in the gin spec.
type ErrorType uint64

// Error represents an error's specification.
type Error struct {
	Err  error
	Type ErrorType
	Meta any
}

type errorMsgs []*Error

func (a errorMsgs) String() string { return "" }

func (a errorMsgs) Last() *Error {
	if len(a) > 0 {
		return a[len(a)-1]
	}
	return nil
}

func (a errorMsgs) ByType(typ ErrorType) errorMsgs { return a }

func (a errorMsgs) Errors() []string { return nil }

func (msg *Error) Error() string { return msg.Err.Error() }

// Context is the most important part of gin.
type Context struct {
	Request *http.Request
	Writer  ResponseWriter

	Keys     map[any]any
	Errors   errorMsgs
	Accepted []string
}

// Flow control.

func (c *Context) Next()                                     {}
func (c *Context) IsAborted() bool                           { return false }
func (c *Context) Abort()                                    {}
func (c *Context) AbortWithStatus(code int)                  {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any) {}
func (c *Context) AbortWithError(code int, err error) *Error {
	return &Error{Err: err}
}
func (c *Context) Error(err error) *Error { return &Error{Err: err} }

// Metadata.

func (c *Context) Set(key any, value any)               {}
func (c *Context) Get(key any) (value any, exists bool) { return nil, false }
func (c *Context) MustGet(key any) any                  { return nil }
func (c *Context) GetString(key any) string             { return "" }
func (c *Context) FullPath() string                     { return "" }

// Input data.

func (c *Context) Param(key string) string                      { return "" }
func (c *Context) Query(key string) (value string)              { return "" }
func (c *Context) DefaultQuery(key, defaultValue string) string { return "" }
func (c *Context) PostForm(key string) (value string)           { return "" }
func (c *Context) GetHeader(key string) string                  { return "" }
func (c *Context) GetRawData() ([]byte, error)                  { return nil, nil }
func (c *Context) ClientIP() string                             { return "" }

// Binding.

func (c *Context) Bind(obj any) error            { return nil }
func (c *Context) BindJSON(obj any) error        { return nil }
func (c *Context) ShouldBind(obj any) error      { return nil }
func (c *Context) ShouldBindJSON(obj any) error  { return nil }
func (c *Context) ShouldBindQuery(obj any) error { return nil }
func (c *Context) ShouldBindUri(obj any) error   { return nil }

// Response rendering.

func (c *Context) Status(code int)          {}
func (c *Context) Header(key, value string) {}
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}
func (c *Context) HTML(code int, name string, obj any)            {}
func (c *Context) IndentedJSON(code int, obj any)                 {}
func (c *Context) JSON(code int, obj any)                         {}
func (c *Context) PureJSON(code int, obj any)                     {}
func (c *Context) XML(code int, obj any)                          {}
func (c *Context) YAML(code int, obj any)                         {}
func (c *Context) String(code int, format string, values ...any)  {}
func (c *Context) Redirect(code int, location string)             {}
func (c *Context) Data(code int, contentType string, data []byte) {}
func (c *Context) File(filepath string)                           {}
func (c *Context) SSEvent(name string, message any)               {}
func (c *Context) Stream(step func(w io.Writer) bool) bool        { return false }

// context.Context: handlers pass c where a context is wanted.

func (c *Context) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }
func (c *Context) Done() <-chan struct{}                   { return nil }
func (c *Context) Err() error                              { return nil }
func (c *Context) Value(key any) any                       { return nil }

// IRouter defines all router handle interface includes single and group router.
type IRouter interface {
	IRoutes
	Group(string, ...HandlerFunc) *RouterGroup
}

// IRoutes defines all router handle interface.
type IRoutes interface {
	Use(...HandlerFunc) IRoutes

	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
	Match([]string, string, ...HandlerFunc) IRoutes

	StaticFile(string, string) IRoutes
	StaticFileFS(string, string, http.FileSystem) IRoutes
	Static(string, string) IRoutes
	StaticFS(string, http.FileSystem) IRoutes
}

// RouterGroup is used internally to configure router.
type RouterGroup struct {
	Handlers HandlersChain
}

var _ IRouter = (*RouterGroup)(nil)

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return group
}
func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes   { return group }
func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes  { return group }
func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) OPTIONS(relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) HEAD(relativePath string, handlers ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) Match(methods []string, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) StaticFile(relativePath, filepath string) IRoutes { return group }
func (group *RouterGroup) StaticFileFS(relativePath, filepath string, fs http.FileSystem) IRoutes {
	return group
}
func (group *RouterGroup) Static(relativePath, root string) IRoutes                 { return group }
func (group *RouterGroup) StaticFS(relativePath string, fs http.FileSystem) IRoutes { return group }

// Engine is the framework's instance.
type Engine struct {
	RouterGroup

	HandleMethodNotAllowed bool
}

func New(opts ...OptionFunc) *Engine     { return &Engine{} }
func Default(opts ...OptionFunc) *Engine { return &Engine{} }

func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes              { return engine }
func (engine *Engine) NoRoute(handlers ...HandlerFunc)                    {}
func (engine *Engine) NoMethod(handlers ...HandlerFunc)                   {}
func (engine *Engine) Run(addr ...string) (err error)                     { return nil }
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
