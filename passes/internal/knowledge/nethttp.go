package knowledge

// netHTTP maps net/http and the std helpers handlers write through. chi and
// gorilla/mux handlers are plain net/http handlers, so this table serves them.
var netHTTP = &Framework{
	Name:     "net/http",
	Contexts: []string{"net/http.ResponseWriter"},
	Idioms:   netHTTPIdioms,
	Calls:    netHTTPCalls,
	// The request's context carries what the server put there.
	ServerValues: []string{"(*net/http.Request).Context"},
	// TimeoutHandler's writer keeps headers and status until the handler
	// returns, then copies them: a header set after WriteHeader still goes.
	BufferingWrappers: map[string]int{"net/http.TimeoutHandler": 0},
	// json.Encoder.Encode marshals before it writes, so on a marshal error
	// nothing was sent and the error status still goes out; a single write
	// fails only when the connection is gone.
	FailsWhole: []string{"(net/http.ResponseWriter).Write", "(*encoding/json.Encoder).Encode", "io.WriteString", "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln"},
	// mux.HandleFunc("POST /items", h): a pattern may name the method, and
	// a GET pattern matches HEAD too. The mux answers other methods with
	// 405 and Allow.
	Routes: map[string]Route{
		"(*net/http.ServeMux).HandleFunc": muxRoute,
		"(*net/http.ServeMux).Handle":     muxRoute,
		"net/http.HandleFunc":             muxRoute,
		"net/http.Handle":                 muxRoute,
	},
}

var muxRoute = Route{MethodArg: NoArg, PatternArg: 0, GetServesHead: true, Handler: 1, Answers405: true}

var netHTTPCalls = map[string]Call{
	// The writer's own methods.
	"(net/http.ResponseWriter).WriteHeader": method(RoleWriter, statusArg(0)),
	"(net/http.ResponseWriter).Write":       method(RoleWriter, bodyArg(0)),
	"(net/http.ResponseWriter).Header":      {Recv: RoleWriter, Arg: NoArg, Result: RoleHeader},

	// The header map, reached through w.Header() or a variable holding it.
	"(net/http.Header).Set": method(RoleHeader, setHeaderArg(0)),
	"(net/http.Header).Add": method(RoleHeader, setHeaderArg(0)),
	"(net/http.Header).Del": method(RoleHeader, delHeaderArg(0)),

	// Helpers that write a whole response.
	"net/http.Error": fn(0,
		setHeader("Content-Type"), setHeader("X-Content-Type-Options"),
		statusArg(2), body(ShapeError)),
	"net/http.NotFound": fn(0,
		setHeader("Content-Type"), setHeader("X-Content-Type-Options"),
		status(404), body(ShapeError)),
	// Redirect writes its little HTML body only for a GET whose handler
	// set no Content-Type.
	"net/http.Redirect": fn(0, setHeader("Location"), statusArg(3), maybe(body(ShapeData))),
	// ServeContent and friends choose the status themselves (200, 206, 304,
	// 404, 416, ...): the model cannot know which, so they are opaque.
	"net/http.ServeContent": fn(0, opaque()),
	"net/http.ServeFile":    fn(0, opaque()),
	"net/http.ServeFileFS":  fn(0, opaque()),
	"net/http.SetCookie":    fn(0, setHeader("Set-Cookie")),

	// Flushing sends the status line and headers: nothing set later counts.
	"(net/http.Flusher).Flush":             {Recv: RoleFlusher, Arg: NoArg, Effects: []Effect{flush()}},
	"net/http.NewResponseController":       {Arg: 0, ArgRole: RoleWriter, Result: RoleFlusher},
	"(*net/http.ResponseController).Flush": {Recv: RoleFlusher, Arg: NoArg, Effects: []Effect{flush()}},

	// Body writers over an io.Writer that is the response.
	"fmt.Fprint":     fn(0, bodyArgs(1)),
	"fmt.Fprintf":    fn(0, bodyArgs(2)),
	"fmt.Fprintln":   fn(0, bodyArgs(1)),
	"io.WriteString": fn(0, bodyArg(1)),
	"io.Copy":        fn(0, body(ShapeData)),
	"io.CopyN":       fn(0, body(ShapeData)),
	"io.CopyBuffer":  fn(0, body(ShapeData)),
	// buf.WriteTo(w): a body encoded first, then sent (oapi-codegen's
	// strict responses).
	"(*bytes.Buffer).WriteTo":                   {Recv: RoleNone, Arg: 0, ArgRole: RoleWriter, Effects: []Effect{body(ShapeData)}},
	"encoding/json.NewEncoder":                  {Arg: 0, ArgRole: RoleWriter, Result: RoleBody},
	"(*encoding/json.Encoder).Encode":           method(RoleBody, bodyArg(0)),
	"encoding/xml.NewEncoder":                   {Arg: 0, ArgRole: RoleWriter, Result: RoleBody},
	"(*encoding/xml.Encoder).Encode":            method(RoleBody, bodyArg(0)),
	"(*html/template.Template).Execute":         {Recv: RoleNone, Arg: 0, ArgRole: RoleWriter, Effects: []Effect{body(ShapeData)}},
	"(*html/template.Template).ExecuteTemplate": {Recv: RoleNone, Arg: 0, ArgRole: RoleWriter, Effects: []Effect{body(ShapeData)}},
	"(*text/template.Template).Execute":         {Recv: RoleNone, Arg: 0, ArgRole: RoleWriter, Effects: []Effect{body(ShapeData)}},
	"(*text/template.Template).ExecuteTemplate": {Recv: RoleNone, Arg: 0, ArgRole: RoleWriter, Effects: []Effect{body(ShapeData)}},
}
