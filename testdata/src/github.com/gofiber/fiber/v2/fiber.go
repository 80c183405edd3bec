// Package fiber is a stub of github.com/gofiber/fiber/v2 (v2.52) with the
// API surface statuslint's adapter table and fixtures use, with the real
// signatures: the context is *Ctx, a pointer to a struct.
package fiber

import (
	"context"
	"io"
	"time"
)

// Handler defines a function to serve HTTP requests.
type Handler = func(*Ctx) error

// Map is a shortcut for map[string]interface{}, useful for JSON returns.
type Map map[string]interface{}

// Error represents an error that occurred while handling a request.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
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
type ErrorHandler = func(*Ctx, error) error

// App denotes the Fiber application.
type App struct{}

func New(config ...Config) *App { return &App{} }

func (app *App) Use(args ...interface{}) Router                      { return app }
func (app *App) Get(path string, handlers ...Handler) Router         { return app }
func (app *App) Post(path string, handlers ...Handler) Router        { return app }
func (app *App) Put(path string, handlers ...Handler) Router         { return app }
func (app *App) Delete(path string, handlers ...Handler) Router      { return app }
func (app *App) Group(prefix string, handlers ...Handler) Router     { return app }
func (app *App) Add(method, path string, handlers ...Handler) Router { return app }
func (app *App) All(path string, handlers ...Handler) Router         { return app }
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router {
	return app
}

// Router defines all router handle interface, including app and group router.
type Router interface {
	Use(args ...interface{}) Router
	Get(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Put(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
	Add(method, path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
	All(path string, handlers ...Handler) Router
	Route(prefix string, fn func(router Router), name ...string) Router
}

// Ctx represents the Context which hold the HTTP request and response.
type Ctx struct{}

func (c *Ctx) UserContext() context.Context                                  { return nil }
func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{}        { return nil }
func (c *Ctx) Params(key string, defaultValue ...string) string              { return "" }
func (c *Ctx) ParamsInt(key string, defaultValue ...int) (int, error)        { return 0, nil }
func (c *Ctx) Query(key string, defaultValue ...string) string               { return "" }
func (c *Ctx) Get(key string, defaultValue ...string) string                 { return "" }
func (c *Ctx) FormValue(key string, defaultValue ...string) string           { return "" }
func (c *Ctx) Method(override ...string) string                              { return "" }
func (c *Ctx) Path(override ...string) string                                { return "" }
func (c *Ctx) BodyParser(out interface{}) error                              { return nil }
func (c *Ctx) QueryParser(out interface{}) error                             { return nil }
func (c *Ctx) ReqHeaderParser(out interface{}) error                         { return nil }
func (c *Ctx) ParamsParser(out interface{}) error                            { return nil }
func (c *Ctx) Next() error                                                   { return nil }
func (c *Ctx) Status(status int) *Ctx                                        { return c }
func (c *Ctx) Type(extension string, charset ...string) *Ctx                 { return c }
func (c *Ctx) SendStatus(status int) error                                   { return nil }
func (c *Ctx) Set(key, val string)                                           {}
func (c *Ctx) Append(field string, values ...string)                         {}
func (c *Ctx) Cookie(cookie *Cookie)                                         {}
func (c *Ctx) Location(path string)                                          {}
func (c *Ctx) Vary(fields ...string)                                         {}
func (c *Ctx) JSON(data interface{}, ctype ...string) error                  { return nil }
func (c *Ctx) JSONP(data interface{}, callback ...string) error              { return nil }
func (c *Ctx) XML(data interface{}) error                                    { return nil }
func (c *Ctx) Send(body []byte) error                                        { return nil }
func (c *Ctx) SendString(body string) error                                  { return nil }
func (c *Ctx) Write(p []byte) (int, error)                                   { return 0, nil }
func (c *Ctx) WriteString(s string) (int, error)                             { return 0, nil }
func (c *Ctx) Render(name string, bind interface{}, layouts ...string) error { return nil }
func (c *Ctx) SendFile(file string, compress ...bool) error                  { return nil }
func (c *Ctx) SendStream(stream io.Reader, size ...int) error                { return nil }
func (c *Ctx) Download(file string, filename ...string) error                { return nil }
func (c *Ctx) Redirect(location string, status ...int) error                 { return nil }

// Cookie data for c.Cookie.
type Cookie struct {
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	MaxAge      int       `json:"max_age"`
	Expires     time.Time `json:"expires"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	SameSite    string    `json:"same_site"`
	SessionOnly bool      `json:"session_only"`
}
