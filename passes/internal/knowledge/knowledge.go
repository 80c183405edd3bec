// Package knowledge is what statuslint knows about the APIs handlers call:
// which calls write to a response (and what they write), and which calls
// produce errors of a known origin. It is data, keyed by
// (*types.Func).FullName, so that teaching statuslint a new API is adding
// rows, not logic. The response model (passes/response) is its only reader.
package knowledge

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

// Role is what an expression is to a response: the writer itself, its header
// map, or a value that writes the response body (an encoder over the writer).
type Role uint8

const (
	RoleNone    Role = iota
	RoleWriter       // the response writer (http.ResponseWriter)
	RoleHeader       // the writer's header map (w.Header())
	RoleBody         // a body sink over the writer (json.NewEncoder(w))
	RoleFlusher      // something that flushes the writer (w.(http.Flusher), http.NewResponseController(w))
	RoleRequest      // the request, standing for its response (chi render's render.Status(r, code))
)

// EffectKind is the kind of one effect a call has on a response.
type EffectKind uint8

const (
	SetHeader EffectKind = iota + 1 // a header is set (or added)
	DelHeader                       // a header is removed
	Status                          // a status line is written
	Body                            // body bytes are written (net/http sends 200 first if no status was)
	Opaque                          // anything may happen: the writer reaches code statuslint cannot see
	Flush                           // buffered output is sent: the status line (200 if none was written) and headers leave
)

// Shape is what can be told about a body from the call that writes it.
type Shape uint8

const (
	ShapeData        Shape = iota // a real result, or unknown
	ShapeError                    // an error's text: err, err.Error(), http.Error's message
	ShapeErrorObject              // a body that says it is an error: {"error": ...}, {"success": false}
	ShapeNil                      // nil or empty
)

// IsError reports whether the body carries an error.
func (s Shape) IsError() bool { return s == ShapeError || s == ShapeErrorObject }

// NoArg marks an unused argument index in an Effect.
const NoArg = -1

// Effect is one thing a call does to a response, in order.
type Effect struct {
	Kind      EffectKind
	Header    string // SetHeader/DelHeader: the canonical header name, if fixed
	HeaderArg int    // SetHeader/DelHeader: the argument holding the name, or NoArg
	Code      int    // Status: a fixed status code, or 0
	CodeArg   int    // Status: the argument holding the code, or NoArg
	Shape     Shape  // Body: a fixed shape, used when BodyArg is NoArg
	BodyArg   int    // Body: the argument holding the body value, or NoArg
	BodyVar   bool   // Body: every argument from BodyArg on is part of the body (fmt.Fprintf)

	// Deferred: the effect does not send anything yet. gin's c.Status only
	// records the status until the body is written; fiber buffers the whole
	// response until the handler returns. A deferred status can still be
	// changed, and a header set after it still counts.
	Deferred bool
	// Maybe: the effect happens on some paths only (gin's c.Bind writes 400
	// when binding fails).
	Maybe bool
	// HandsOff: an Opaque effect that runs the rest of the handler chain
	// (gin's c.Next), which writes a response of its own.
	HandsOff bool
	// Aborts: the call also stops the handler chain (gin's c.Abort*), so a
	// later hand-off to the chain runs nothing more.
	Aborts bool
}

// Call describes a function or method whose call acts on a response.
type Call struct {
	// Recv is the role a method's receiver must have for the rule to
	// apply (RoleNone for package-level functions).
	Recv Role
	// Arg is, for functions, the index of the argument that must be the
	// response (in the role ArgRole); NoArg for methods.
	Arg     int
	ArgRole Role
	// Result is the role of the call's result, for calls that derive a new
	// handle on the response (w.Header(), json.NewEncoder(w)).
	Result  Role
	Effects []Effect
}

// A Framework is one adapter: what its handlers receive, the calls that act
// on the response, the errors a handler returns for the framework to write,
// and the calls that produce errors from client input. Adding a framework is
// adding one file that declares one of these.
type Framework struct {
	Name string
	// Contexts are the types whose values stand for the response (and the
	// request): *gin.Context, echo.Context, *fiber.Ctx. Qualified names,
	// "pkgpath.Type"; a pointer to the type counts too.
	Contexts []string
	// RequestValues are types whose handler parameters carry what the
	// client sent, besides the request and the contexts: httprouter's
	// Params. Qualified names.
	RequestValues []string
	// Fields whose value is the response writer of the context they are
	// selected from: "github.com/gin-gonic/gin.Context.Writer".
	Fields map[string]Role
	// Calls that act on the response, by (*types.Func).FullName.
	Calls map[string]Call
	// Returns are the error constructors a handler returns for the
	// framework to answer with a status: echo.NewHTTPError(code, msg).
	// Their effects act on the handler's context.
	Returns map[string]Call
	// ReturnTypes are error types a handler returns by composite literal,
	// with the field that holds the status: &echo.HTTPError{Code: 401}.
	ReturnTypes map[string]string
	// ReturnVars are predeclared errors with their status: fiber.ErrUnauthorized.
	ReturnVars map[string]int
	// Producers are calls whose errors come from client input.
	Producers map[string]Producer
	// ServerValues are calls on the request or context that return what the
	// server itself put there (a middleware's verified claims, a request
	// context), never what the client sent: c.MustGet("user"),
	// c.Locals("claims"), r.Context(). By (*types.Func).FullName.
	ServerValues []string
	// BufferingWrappers are package-level functions ("pkgpath.Name") that
	// wrap a handler (the argument at the index given) in a writer that
	// buffers the whole response until the handler returns.
	BufferingWrappers map[string]int
	// Idioms say how a fix is written in this framework's own terms.
	Idioms Idioms
	// DefersWriteHeader: the writer the framework hands out (gin's
	// c.Writer) only records a status passed to WriteHeader; it is sent with
	// the first body byte.
	DefersWriteHeader bool
	// Buffered: nothing is sent until the handler returns (fasthttp), so
	// every status and body is deferred, whatever writes it, and a 1xx is
	// the status the response goes out with, not an interim response.
	Buffered bool
	// InformationalCommits: the framework's writer counts any status, 1xx
	// included, as the response's (echo's Response sets Committed): a later
	// status is dropped, and net/http sends 200 after the 1xx.
	InformationalCommits bool
	// DropsRepeatedStatus: writing the status in effect again is silently
	// ignored (gin's responseWriter warns only when the code differs).
	DropsRepeatedStatus bool
	// KeepsStatusBelow1: a status of 0 or less leaves the current status
	// as it is (gin's c.JSON(-1, obj)).
	KeepsStatusBelow1 bool
	// UnknownErrorStatus is what the default error handler sends for a
	// returned error that is none of the framework's own (echo, fiber:
	// 500), or 0 when handlers return no error.
	UnknownErrorStatus int
	// ErrorHandlerFields are the fields ("pkgpath.Type.Field") an app
	// installs its own error handler in: echo's Echo.HTTPErrorHandler,
	// fiber's Config.ErrorHandler. It writes every returned error.
	ErrorHandlerFields []string
	// ErrorRecorders are methods that record an error on the context for
	// a middleware to write once the handler returns (gin's c.Error(err)),
	// by FullName; RecordedErrors is the context's field the middleware
	// reads them from ("pkgpath.Type.Field": gin's Context.Errors).
	ErrorRecorders []string
	RecordedErrors string
	// ReturnWrappers are methods that wrap a returned error and keep its
	// status (echo's NewHTTPError(500, "x").SetInternal(err)), by FullName.
	ReturnWrappers []string
	// FailsWhole lists body writes whose failure leaves nothing sent (see
	// FailsWhole), by FullName.
	FailsWhole []string

	// Routes are the calls that register handlers with a router, by
	// (*types.Func).FullName: of the generic method for a generic router.
	Routes map[string]Route
	// PresetFields are fields of a router holding a handler that the
	// router calls with headers already set, "pkgpath.Type.Field" →
	// headers: httprouter's Router.MethodNotAllowed gets Allow.
	PresetFields map[string][]string

	// Results, for a framework whose handlers have no writer and answer
	// with what they return (huma), say how that becomes a response.
	Results *Results
}

// WritesReturnedErrors reports whether the framework's handlers return
// errors that its error handler writes with a status (echo, fiber).
func (fw *Framework) WritesReturnedErrors() bool {
	return len(fw.Returns)+len(fw.ReturnTypes)+len(fw.ReturnVars) > 0
}

// A Route is a call that registers handlers with a router.
type Route struct {
	// Methods are the methods the call registers its handlers for, fixed
	// by its name (r.Post: POST; fiber's Get serves HEAD too). Nil when
	// MethodArg or PatternArg names them, or for every method.
	Methods []string
	// MethodArg is the argument naming the method (gin's
	// r.Handle("PUT", path, h)) or a slice literal of them (gin's
	// r.Match([]string{"GET", "HEAD"}, path, h)), or NoArg.
	MethodArg int
	// PatternArg is the argument whose constant pattern may begin with
	// the method (net/http's "POST /items"), or NoArg.
	PatternArg int
	// GetServesHead: a GET registered through MethodArg or PatternArg
	// serves HEAD as well (net/http's ServeMux).
	GetServesHead bool
	// Handler is the index of the handler argument.
	Handler int
	// Handlers: every argument from Handler on is a handler (gin, fiber);
	// else the rest are middleware (echo).
	Handlers bool
	// Chained: the call's arguments are the methods, and the handler is
	// argument Handler of the registration it is called on, which must
	// be one of these (gorilla's r.HandleFunc("/x", h).Methods("POST")).
	Chained []string
	// Presets are headers the router sets before it runs these handlers
	// (gin's NoMethod: Allow). A row with presets registers no method.
	Presets []string
	// Answers405: a request for a method no handler of the path serves is
	// answered by the router itself, 405 with Allow (chi, httprouter,
	// net/http's patterns), not by the handler.
	Answers405 bool
}

// Idioms are format strings for the code a diagnostic suggests.
type Idioms struct {
	SetHeader   string // (context, header, value) → w.Header().Set("Allow", "GET")
	WriteStatus string // (context, status) → w.WriteHeader(http.StatusNotFound)
	Redirect    string // (context) → http.Redirect, c.Redirect
	StatusPkg   string // the package whose StatusX constants a fix names: http, fiber
}

var netHTTPIdioms = Idioms{SetHeader: "%s.Header().Set(%q, %s)", WriteStatus: "%s.WriteHeader(%s)", Redirect: "http.Redirect%.0s", StatusPkg: "http"}

// FrameworkOf returns the framework whose context is the named type, or
// net/http's.
func FrameworkOf(context string) *Framework {
	for _, fw := range frameworks {
		for _, c := range fw.Contexts {
			if c == context {
				return fw
			}
		}
	}
	return netHTTP
}

// IdiomsFor returns the idioms of the framework whose context is the named type.
func IdiomsFor(context string) Idioms {
	for _, fw := range frameworks {
		for _, c := range fw.Contexts {
			if c == context && fw.Idioms.SetHeader != "" {
				return fw.Idioms
			}
		}
	}
	return netHTTPIdioms
}

var frameworks = []*Framework{netHTTP, chi, gorillaMux, httprouter, gin, echo, echoV5, fiberV2, fiberV3, chiRender, pocketbase, huma}

// Frameworks returns every adapter, for tests that check them against the
// real modules.
func Frameworks() []*Framework { return frameworks }

// tables are the frameworks' tables merged, by key: built when first asked
// for, since every vet tool process starts this package and most do not
// ask.
type tables struct {
	calls        map[string]Call
	returns      map[string]Call
	returnTypes  map[string]string
	returnVars   map[string]int
	fields       map[string]Role
	contexts     map[string]bool
	fwPackages   map[string]bool // packages of the frameworks' contexts
	ehFields     map[string]*Framework
	recorders    map[string]*Framework
	recordedFlds map[string]*Framework
	serverVals   map[string]bool
	bufferers    map[string]map[string]int // package path → function name → handler argument
	wrappers     map[string]bool
	failsWhole   map[string]bool
	ctxPkgs      map[string]bool
	routes       map[string]map[string]map[string]Route // package path → name → full name → route
	presetFlds   map[string][]string
	reqValues    map[string]bool
	producers    map[string]Producer
}

var index = sync.OnceValue(func() *tables {
	t := &tables{
		calls:        map[string]Call{},
		returns:      map[string]Call{},
		returnTypes:  map[string]string{},
		returnVars:   map[string]int{},
		fields:       map[string]Role{},
		contexts:     map[string]bool{},
		fwPackages:   map[string]bool{},
		ehFields:     map[string]*Framework{},
		recorders:    map[string]*Framework{},
		recordedFlds: map[string]*Framework{},
		serverVals:   map[string]bool{},
		bufferers:    map[string]map[string]int{},
		wrappers:     map[string]bool{},
		failsWhole:   map[string]bool{},
		ctxPkgs:      map[string]bool{},
		routes:       map[string]map[string]map[string]Route{},
		presetFlds:   map[string][]string{},
		reqValues:    map[string]bool{},
		producers:    maps.Clone(producers),
	}
	for _, fw := range frameworks {
		for k, v := range fw.Calls {
			t.calls[k] = v
		}
		for k, v := range fw.Returns {
			t.returns[k] = v
		}
		for k, v := range fw.ReturnTypes {
			t.returnTypes[k] = v
		}
		for k, v := range fw.ReturnVars {
			t.returnVars[k] = v
		}
		for k, v := range fw.Fields {
			t.fields[k] = v
		}
		for k, v := range fw.Producers {
			t.producers[k] = v
		}
		for _, c := range fw.Contexts {
			t.contexts[c] = true
			if fw.WritesReturnedErrors() {
				t.fwPackages[c[:strings.LastIndexByte(c, '.')]] = true
			}
			t.ctxPkgs[c[:strings.LastIndexByte(c, '.')]] = true
		}
		for _, v := range fw.RequestValues {
			t.reqValues[v] = true
		}
		for _, v := range fw.ReturnWrappers {
			t.wrappers[v] = true
		}
		for _, v := range fw.FailsWhole {
			t.failsWhole[v] = true
		}
		for k, v := range fw.PresetFields {
			t.presetFlds[k] = v
		}
		for k, v := range fw.Routes {
			pkg, name := splitFullName(k)
			if t.routes[pkg] == nil {
				t.routes[pkg] = map[string]map[string]Route{}
			}
			if t.routes[pkg][name] == nil {
				t.routes[pkg][name] = map[string]Route{}
			}
			t.routes[pkg][name][k] = v
		}
		for _, v := range fw.ServerValues {
			t.serverVals[v] = true
		}
		for _, f := range fw.ErrorHandlerFields {
			t.ehFields[f] = fw
		}
		for _, f := range fw.ErrorRecorders {
			t.recorders[f] = fw
		}
		if fw.RecordedErrors != "" {
			t.recordedFlds[fw.RecordedErrors] = fw
		}
		for k, v := range fw.BufferingWrappers {
			dot := strings.LastIndexByte(k, '.')
			if t.bufferers[k[:dot]] == nil {
				t.bufferers[k[:dot]] = map[string]int{}
			}
			t.bufferers[k[:dot]][k[dot+1:]] = v
		}
	}
	return t
})

// ErrorRecorder returns the framework whose method (by FullName) records
// an error for a middleware to write, if it is one: gin's c.Error.
func ErrorRecorder(fullName string) (*Framework, bool) {
	fw, ok := index().recorders[fullName]
	return fw, ok
}

// RecordedErrorsField reports whether the field "pkgpath.Type.Field"
// holds the errors a handler recorded: gin's Context.Errors.
func RecordedErrorsField(qualified string) bool { return index().recordedFlds[qualified] != nil }

// ErrorHandlerField returns the framework whose app's error handler is
// installed in the field named "pkgpath.Type.Field", if any.
func ErrorHandlerField(qualified string) (*Framework, bool) {
	fw, ok := index().ehFields[qualified]
	return fw, ok
}

// FrameworkPackage reports whether path is the package of a framework
// whose own errors carry their status (echo's Bind answers 400 with an
// *echo.HTTPError); gin's binding errors carry none.
func FrameworkPackage(path string) bool { return index().fwPackages[path] }

// splitFullName returns the package path and the name of a function or
// method given by FullName: "(*pkg/path.T).Name", "(pkg/path.T[T]).Name",
// "pkg/path.Name".
func splitFullName(full string) (pkg, name string) {
	dot := strings.LastIndexByte(full, '.')
	name, recv := full[dot+1:], full[:dot]
	if strings.HasPrefix(recv, "(") {
		recv = strings.TrimPrefix(strings.TrimSuffix(recv, ")"), "(")
		recv = strings.TrimPrefix(recv, "*")
		if i := strings.IndexByte(recv, '['); i >= 0 {
			recv = recv[:i]
		}
		recv = recv[:strings.LastIndexByte(recv, '.')]
	}
	return recv, name
}

// LookupRoute returns the route a call registers, given its callee's
// package path and name, and its FullName (of the generic origin), which
// is asked for only when some router has a call of that name: it is
// asked of every call.
func LookupRoute(pkgPath, name string, fullName func() string) (Route, bool) {
	byFull := index().routes[pkgPath][name]
	if byFull == nil {
		return Route{}, false
	}
	r, ok := byFull[fullName()]
	return r, ok
}

// PresetHeaders returns the headers a router sets before it runs the
// handler stored in the field "pkgpath.Type.Field".
func PresetHeaders(field string) []string { return index().presetFlds[field] }

// CallbackPresets returns the headers a middleware sets before it runs the
// callback stored in its config's field "pkgpath.Type.Field", and whether
// the adapter knows them (none, for echo's KeyAuthConfig.ErrorHandler): such
// a callback answers the request from a known start, like a handler.
func CallbackPresets(field string) ([]string, bool) {
	hs, ok := index().presetFlds[field]
	return hs, ok
}

// IsFrameworkPkg reports whether the package is net/http or defines a
// framework's context: what a package must import, directly or not, to
// hold a response.
func IsFrameworkPkg(path string) bool { return path == "net/http" || index().ctxPkgs[path] }

// IsRouterPkg reports whether the package is a framework's or a router's:
// the functions its calls are given are handlers it stores and routes to,
// or callbacks whose meaning its adapter knows (gin's c.Stream), never
// plain callbacks the model follows into (see the response model's
// CallbackFact).
func IsRouterPkg(path string) bool {
	return IsFrameworkPkg(path) || routePkgs[path] || index().routes[path] != nil
}

// IsRequestValue reports whether a handler parameter of the named type
// "pkgpath.Type" carries what the client sent: httprouter's Params.
func IsRequestValue(qualified string) bool { return index().reqValues[qualified] }

// ReturnWrapper reports whether the method wraps a returned error and
// keeps its status: echo's SetInternal.
func ReturnWrapper(fullName string) bool { return index().wrappers[fullName] }

// BufferingWrapper returns the index of the handler argument of a function
// that wraps it in a buffering writer (http.TimeoutHandler). It is asked
// of every call, so it takes the package path and name, not FullName.
func BufferingWrapper(pkgPath, name string) (int, bool) {
	i, ok := index().bufferers[pkgPath][name]
	return i, ok
}

// ServerValue reports whether the function with the given full name returns
// a value the server stored in the request or its context, not client input.
func ServerValue(fullName string) bool { return index().serverVals[fullName] }

// methods returns the full names of the named methods of a receiver given
// as "(T)." or "(*T).".
func methods(recv string, names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = recv + n
	}
	return out
}

// Lookup returns the rule for the function with the given full name.
func Lookup(fullName string) (Call, bool) {
	c, ok := index().calls[fullName]
	return c, ok
}

// LookupReturn returns the rule for an error constructor a handler returns.
func LookupReturn(fullName string) (Call, bool) {
	c, ok := index().returns[fullName]
	return c, ok
}

// ReturnType returns the status field of a returned error type.
func ReturnType(qualified string) (field string, ok bool) {
	field, ok = index().returnTypes[qualified]
	return field, ok
}

// ReturnVar returns the status of a predeclared error a handler returns.
func ReturnVar(qualified string) (code int, ok bool) {
	code, ok = index().returnVars[qualified]
	return code, ok
}

// Field returns the role of a field selected from a context: "pkg.Type.Field".
func Field(qualified string) Role { return index().fields[qualified] }

// IsContext reports whether the named type "pkgpath.Type" stands for a
// response (and its request) in some framework.
func IsContext(qualified string) bool { return index().contexts[qualified] }

// Effect constructors keep the tables readable.

func setHeader(name string) Effect {
	return Effect{Kind: SetHeader, Header: name, HeaderArg: NoArg, CodeArg: NoArg, BodyArg: NoArg}
}
func setHeaderArg(i int) Effect {
	return Effect{Kind: SetHeader, HeaderArg: i, CodeArg: NoArg, BodyArg: NoArg}
}
func delHeaderArg(i int) Effect {
	return Effect{Kind: DelHeader, HeaderArg: i, CodeArg: NoArg, BodyArg: NoArg}
}
func status(code int) Effect {
	return Effect{Kind: Status, Code: code, HeaderArg: NoArg, CodeArg: NoArg, BodyArg: NoArg}
}

// statusUnknown is a status chosen by code the model cannot see.
func statusUnknown() Effect {
	return Effect{Kind: Status, HeaderArg: NoArg, CodeArg: NoArg, BodyArg: NoArg}
}
func statusArg(i int) Effect {
	return Effect{Kind: Status, CodeArg: i, HeaderArg: NoArg, BodyArg: NoArg}
}
func body(s Shape) Effect {
	return Effect{Kind: Body, Shape: s, HeaderArg: NoArg, CodeArg: NoArg, BodyArg: NoArg}
}
func bodyArg(i int) Effect { return Effect{Kind: Body, BodyArg: i, HeaderArg: NoArg, CodeArg: NoArg} }
func bodyArgs(i int) Effect {
	return Effect{Kind: Body, BodyArg: i, BodyVar: true, HeaderArg: NoArg, CodeArg: NoArg}
}
func flush() Effect          { return Effect{Kind: Flush, HeaderArg: NoArg, CodeArg: NoArg, BodyArg: NoArg} }
func opaque() Effect         { return Effect{Kind: Opaque, HeaderArg: NoArg, CodeArg: NoArg, BodyArg: NoArg} }
func aborts(e Effect) Effect { e.Aborts = true; return e }
func handOff() Effect {
	return Effect{Kind: Opaque, HandsOff: true, HeaderArg: NoArg, CodeArg: NoArg, BodyArg: NoArg}
}

func fn(arg int, effects ...Effect) Call {
	return Call{Arg: arg, ArgRole: RoleWriter, Effects: effects}
}

func method(recv Role, effects ...Effect) Call {
	return Call{Recv: recv, Arg: NoArg, Effects: effects}
}

// errorVars lists a framework's predeclared errors named Err + the
// net/http status name (ErrUnauthorized: 401), for the names given (nil:
// every status net/http names), plus exceptions "Name code".
func errorVars(pkg string, names []string, extra ...string) map[string]int {
	m := map[string]int{}
	for code, name := range statusNames {
		if names == nil || slices.Contains(names, name) {
			m[pkg+".Err"+name] = code
		}
	}
	for _, e := range extra {
		var name string
		var code int
		fmt.Sscan(e, &name, &code)
		m[pkg+"."+name] = code
	}
	return m
}

// statusNames are net/http's status constant names without "Status".
var statusNames = map[int]string{
	400: "BadRequest", 401: "Unauthorized", 402: "PaymentRequired", 403: "Forbidden", 404: "NotFound",
	405: "MethodNotAllowed", 406: "NotAcceptable", 407: "ProxyAuthRequired", 408: "RequestTimeout",
	409: "Conflict", 410: "Gone", 411: "LengthRequired", 412: "PreconditionFailed",
	413: "RequestEntityTooLarge", 414: "RequestURITooLong", 415: "UnsupportedMediaType",
	416: "RequestedRangeNotSatisfiable", 417: "ExpectationFailed", 418: "Teapot", 421: "MisdirectedRequest",
	422: "UnprocessableEntity", 423: "Locked", 424: "FailedDependency", 425: "TooEarly", 426: "UpgradeRequired",
	428: "PreconditionRequired", 429: "TooManyRequests", 431: "RequestHeaderFieldsTooLarge",
	451: "UnavailableForLegalReasons", 500: "InternalServerError", 501: "NotImplemented", 502: "BadGateway",
	503: "ServiceUnavailable", 504: "GatewayTimeout", 505: "HTTPVersionNotSupported",
	506: "VariantAlsoNegotiates", 507: "InsufficientStorage", 508: "LoopDetected", 510: "NotExtended",
	511: "NetworkAuthenticationRequired",
}

// methodRoutes returns the rows for router methods named after the HTTP
// method they register (GET, Post), on each receiver given as "(T)." or
// "(*T).": names maps a method's name to the methods it registers.
func methodRoutes(recvs []string, names map[string][]string, r Route) map[string]Route {
	m := map[string]Route{}
	for _, recv := range recvs {
		for name, ms := range names {
			r := r
			r.Methods = ms
			r.MethodArg, r.PatternArg = NoArg, NoArg
			m[recv+name] = r
		}
	}
	return m
}

// upperMethods and titleMethods name route methods after the HTTP method:
// gin's GET, chi's Get.
var (
	upperMethods = map[string][]string{"GET": {"GET"}, "HEAD": {"HEAD"}, "POST": {"POST"}, "PUT": {"PUT"}, "PATCH": {"PATCH"}, "DELETE": {"DELETE"}, "OPTIONS": {"OPTIONS"}}
	titleMethods = map[string][]string{"Get": {"GET"}, "Head": {"HEAD"}, "Post": {"POST"}, "Put": {"PUT"}, "Patch": {"PATCH"}, "Delete": {"DELETE"}, "Options": {"OPTIONS"}, "Connect": {"CONNECT"}, "Trace": {"TRACE"}}
)

// withMethods returns a copy of names plus extra.
func withMethods(names map[string][]string, extra map[string][]string) map[string][]string {
	m := map[string][]string{}
	for k, v := range names {
		m[k] = v
	}
	for k, v := range extra {
		m[k] = v
	}
	return m
}

// merge returns the union of route tables.
func merge(tables ...map[string]Route) map[string]Route {
	m := map[string]Route{}
	for _, t := range tables {
		for k, v := range t {
			m[k] = v
		}
	}
	return m
}

func deferred(e Effect) Effect { e.Deferred = true; return e }
func maybe(e Effect) Effect    { e.Maybe = true; return e }

// returnedBody is the body the error handler writes for a returned error
// (its message): on some paths only, as far as the rules go — the handler
// itself wrote nothing, so no body rule may blame it.
func returnedBody() Effect { return maybe(body(ShapeError)) }

// FailsWhole reports whether a body write by the named function either
// writes everything or nothing: when it fails, nothing was sent, so an error
// status on its failure path still goes out.
func FailsWhole(fullName string) bool { return index().failsWhole[fullName] }
