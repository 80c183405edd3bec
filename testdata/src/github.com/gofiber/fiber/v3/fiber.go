// Package fiber is a stub of github.com/gofiber/fiber/v3 (v3.1) with the
// API surface statuslint's adapter table and fixtures use, with the real
// signatures: the context is Ctx, an interface.
package fiber

import (
	"context"
	"io"
	"io/fs"
	"time"
)

// Handler defines a function to serve HTTP requests.
type Handler = func(Ctx) error

// Map is a shortcut for map[string]any, useful for JSON returns.
type Map map[string]any

// Error represents an error that occurred while handling a request.
type Error struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
}

func (e *Error) Error() string { return e.Message }

// NewError creates a new Error instance with an optional message.
func NewError(code int, message ...string) *Error {
	err := &Error{Code: code}
	if len(message) > 0 {
		err.Message = message[0]
	}
	return err
}

// Config is the App's configuration.
type Config struct {
	ErrorHandler ErrorHandler
}

// ErrorHandler processes the errors handlers return.
type ErrorHandler = func(Ctx, error) error

// App denotes the Fiber application.
type App struct{}

func New(config ...Config) *App { return &App{} }

func (app *App) Use(args ...any) Router                                  { return app }
func (app *App) Get(path string, handler any, handlers ...any) Router    { return app }
func (app *App) Post(path string, handler any, handlers ...any) Router   { return app }
func (app *App) Put(path string, handler any, handlers ...any) Router    { return app }
func (app *App) Delete(path string, handler any, handlers ...any) Router { return app }
func (app *App) Group(prefix string, handlers ...any) Router             { return app }
func (app *App) Add(methods []string, path string, handler any, handlers ...any) Router {
	return app
}

// Router defines all router handle interface, including app and group router.
type Router interface {
	Use(args ...any) Router
	Get(path string, handler any, handlers ...any) Router
	Post(path string, handler any, handlers ...any) Router
	Put(path string, handler any, handlers ...any) Router
	Delete(path string, handler any, handlers ...any) Router
	Add(methods []string, path string, handler any, handlers ...any) Router
	Group(prefix string, handlers ...any) Router
}

// Ctx represents the Context which hold the HTTP request and response.
type Ctx interface {
	// Request input.
	Context() context.Context
	Params(key string, defaultValue ...string) string
	Query(key string, defaultValue ...string) string
	Get(key string, defaultValue ...string) string
	FormValue(key string, defaultValue ...string) string
	Method(override ...string) string
	Path(override ...string) string
	Bind() *Bind
	Next() error

	// The response.
	Status(status int) Ctx
	Type(extension string, charset ...string) Ctx
	SendStatus(status int) error
	Set(key, val string)
	Append(field string, values ...string)
	Cookie(cookie *Cookie)
	Location(path string)
	Vary(fields ...string)
	JSON(data any, ctype ...string) error
	JSONP(data any, callback ...string) error
	XML(data any) error
	CBOR(data any, ctype ...string) error
	MsgPack(data any, ctype ...string) error
	Send(body []byte) error
	SendString(body string) error
	Write(p []byte) (int, error)
	WriteString(s string) (int, error)
	Render(name string, bind any, layouts ...string) error
	SendFile(file string, config ...SendFile) error
	SendStream(stream io.Reader, size ...int) error
	Download(file string, filename ...string) error
	Redirect() *Redirect
}

// SendFile defines configuration options when to transfer file with SendFile
// (a subset of its fields).
type SendFile struct {
	FS       fs.FS
	Compress bool `json:"compress"`
	Download bool `json:"download"`
}

// Bind binds the request to structs.
type Bind struct{}

func (b *Bind) Header(out any) error { return nil }
func (b *Bind) Query(out any) error  { return nil }
func (b *Bind) JSON(out any) error   { return nil }
func (b *Bind) Form(out any) error   { return nil }
func (b *Bind) URI(out any) error    { return nil }
func (b *Bind) Body(out any) error   { return nil }
func (b *Bind) All(out any) error    { return nil }

// Redirect is a struct that holds the redirect data.
type Redirect struct{}

func (r *Redirect) Status(code int) *Redirect     { return r }
func (r *Redirect) To(location string) error      { return nil }
func (r *Redirect) Back(fallback ...string) error { return nil }

// Cookie data for c.Cookie.
type Cookie struct {
	Expires     time.Time `json:"expires"`
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	SameSite    string    `json:"same_site"`
	MaxAge      int       `json:"max_age"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	Partitioned bool      `json:"partitioned"`
	SessionOnly bool      `json:"session_only"`
}
