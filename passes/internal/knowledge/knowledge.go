// Package knowledge is what statuslint knows about the APIs handlers call:
// which calls write to a response (and what they write), and which calls
// produce errors of a known origin. It is data, keyed by
// (*types.Func).FullName, so that teaching statuslint a new API is adding
// rows, not logic. The response model (passes/response) is its only reader.
package knowledge

// Role is what an expression is to a response: the writer itself, its header
// map, or a value that writes the response body (an encoder over the writer).
type Role uint8

const (
	RoleNone    Role = iota
	RoleWriter       // the response writer (http.ResponseWriter)
	RoleHeader       // the writer's header map (w.Header())
	RoleBody         // a body sink over the writer (json.NewEncoder(w))
	RoleFlusher      // something that flushes the writer (w.(http.Flusher), http.NewResponseController(w))
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

// Lookup returns the rule for the function with the given full name.
func Lookup(fullName string) (Call, bool) {
	c, ok := calls[fullName]
	return c, ok
}

// calls is the union of every framework's table.
var calls = merge(netHTTP)

func merge(tables ...map[string]Call) map[string]Call {
	m := make(map[string]Call)
	for _, t := range tables {
		for k, v := range t {
			m[k] = v
		}
	}
	return m
}

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
func flush() Effect  { return Effect{Kind: Flush, HeaderArg: NoArg, CodeArg: NoArg, BodyArg: NoArg} }
func opaque() Effect { return Effect{Kind: Opaque, HeaderArg: NoArg, CodeArg: NoArg, BodyArg: NoArg} }

func fn(arg int, effects ...Effect) Call {
	return Call{Arg: arg, ArgRole: RoleWriter, Effects: effects}
}

func method(recv Role, effects ...Effect) Call {
	return Call{Recv: recv, Arg: NoArg, Effects: effects}
}
