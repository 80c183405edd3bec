package knowledge

import (
	"fmt"
	"slices"
	"strings"
)

const (
	humaPkg = "github.com/danielgtaylor/huma/v2"
	humaCtx = "(" + humaPkg + ".Context)."
)

// huma v2: an operation handler is func(ctx, *In) (*Out, error) and has
// no writer: huma writes what it returns. A non-nil error goes out with
// the status a huma.StatusError carries (huma.Error401Unauthorized,
// huma.NewError(code, ...)) or 500, plus the headers
// huma.ErrorWithHeaders attached; an output goes out with its Status field,
// else the operation's DefaultStatus, else 200 (204 without a Body field),
// and its header:"..." fields as headers (empty strings are skipped).
// Middleware is func(ctx huma.Context, next func(huma.Context)): the
// context is a writer, and huma.WriteErr writes an error through it.
var huma = &Framework{
	Name:     "huma v2",
	Contexts: []string{humaPkg + ".Context"},
	Idioms:   Idioms{SetHeader: "%s.SetHeader(%q, %s)", WriteStatus: "%s.SetStatus(%s)", StatusPkg: "http"},
	Calls: map[string]Call{
		humaCtx + "SetStatus":    method(RoleWriter, statusArg(0)),
		humaCtx + "SetHeader":    method(RoleWriter, setHeaderArg(0)),
		humaCtx + "AppendHeader": method(RoleWriter, setHeaderArg(0)),
		humaCtx + "BodyWriter":   {Recv: RoleWriter, Arg: NoArg, Result: RoleWriter},
		// ctx.BodyWriter().Write(b): the body writer is the response.
		"(io.Writer).Write": method(RoleWriter, bodyArg(0)),
		// The status is NewError's, which an application may replace
		// and which may change it: the one given is the one meant.
		humaPkg + ".WriteErr": fn(1, statusArg(2), body(ShapeError)),
	},
	Returns: func() map[string]Call {
		m := map[string]Call{
			humaPkg + ".NewError":             {Arg: NoArg, Effects: []Effect{statusArg(0), returnedBody()}},
			humaPkg + ".NewErrorWithContext":  {Arg: NoArg, Effects: []Effect{statusArg(1), returnedBody()}},
			humaPkg + ".Status304NotModified": {Arg: NoArg, Effects: []Effect{status(304)}},
		}
		// huma.Error401Unauthorized(msg, errs...): net/http's names.
		for code, name := range statusNames {
			m[fmt.Sprintf("%s.Error%d%s", humaPkg, code, name)] = Call{Arg: NoArg, Effects: []Effect{status(code), returnedBody()}}
		}
		return m
	}(),
	// A returned error that is no huma.StatusError becomes NewError(500, ...).
	UnknownErrorStatus: 500,
	// huma.Get(api, path, h) registers h for GET only; whether other
	// methods get a 405 with Allow is the router adapter's business.
	Routes: func() map[string]Route {
		m := map[string]Route{}
		for _, name := range []string{"Get", "Post", "Put", "Patch", "Delete", "Head"} {
			m[humaPkg+"."+name] = Route{Methods: titleMethods[name], MethodArg: NoArg, PatternArg: NoArg, Handler: 2}
		}
		return m
	}(),
	Results: &Results{
		Routes: map[string]ResultRoute{
			humaPkg + ".Register": {Handler: 2, Operation: 1},
			humaPkg + ".Get":      {Handler: 2, Operation: NoArg},
			humaPkg + ".Post":     {Handler: 2, Operation: NoArg},
			humaPkg + ".Put":      {Handler: 2, Operation: NoArg},
			humaPkg + ".Patch":    {Handler: 2, Operation: NoArg},
			humaPkg + ".Delete":   {Handler: 2, Operation: NoArg},
			humaPkg + ".Head":     {Handler: 2, Operation: NoArg},
		},
		Operation:     humaPkg + ".Operation",
		DefaultStatus: "DefaultStatus",
		Method:        "Method",
		Path:          "Path",
		Errors:        "Errors",
		Responses:     "Responses",
		// huma.Register adds 422 (for an operation with parameters or a
		// body) and 500 to a non-empty Errors list: its own validation
		// failures, and any error that carries no status.
		ErrorsAdded:  []int{422, 500},
		StatusField:  "Status",
		BodyField:    "Body",
		HeaderTag:    "header",
		WithHeaders:  map[string]int{humaPkg + ".ErrorWithHeaders": 1},
		Replaceable:  []string{humaPkg + ".NewError", humaPkg + ".NewErrorWithContext"},
		Context:      humaPkg + ".Context",
		ErrorIdioms:  Idioms{SetHeader: "%.0[1]shuma.ErrorWithHeaders(err, http.Header{%[2]q: {%[3]s}})", StatusPkg: "http"},
		OutputIdioms: Idioms{SetHeader: "%.0[1]sa field tagged `header:%[2]q` in the output, set to %[3]s", StatusPkg: "http"},
	},
}

// Results describe handlers that have no writer and answer with what they
// return: huma's func(ctx, *In) (*Out, error).
type Results struct {
	// Routes are the calls that register such a handler, by FullName of
	// the generic function.
	Routes map[string]ResultRoute
	// Operation is the type ("pkgpath.Type") of a registration's
	// operation literal, with its fields naming the default status, the
	// method and the path.
	Operation, DefaultStatus, Method, Path string
	// Errors is the operation's field listing the error statuses it
	// declares (huma's Errors []int), Responses its map of documented
	// responses by status; ErrorsAdded are the statuses the framework
	// declares with a non-empty Errors list.
	Errors, Responses string
	ErrorsAdded       []int
	// StatusField is the output's field whose value is the status;
	// BodyField its body; HeaderTag the struct tag key of its header
	// fields.
	StatusField, BodyField, HeaderTag string
	// WithHeaders are functions that attach headers to a returned error,
	// with the index of the http.Header argument (the error is argument 0).
	WithHeaders map[string]int
	// Replaceable are package-level variables holding the error
	// constructor an application may replace (huma.NewError = ...): where a
	// package does, the statuses and headers of returned errors are its.
	Replaceable []string
	// Context is the type ("pkgpath.Type") the framework writes the
	// result through.
	Context string
	// ErrorIdioms and OutputIdioms say how a header is added to a
	// returned error and to an output.
	ErrorIdioms, OutputIdioms Idioms
}

// A ResultRoute is a call that registers a handler without a writer.
type ResultRoute struct {
	Handler   int // the handler argument
	Operation int // the operation argument, or NoArg
}

// ResultsForPkg returns the writerless-handler knowledge of the framework
// whose result context is in the package path, or nil.
func ResultsForPkg(path string) *Results {
	for _, fw := range frameworks {
		if r := fw.Results; r != nil && strings.HasPrefix(r.Context, path+".") && !strings.Contains(r.Context[len(path)+1:], ".") {
			return r
		}
	}
	return nil
}

// ResultsReplaceable returns the framework whose replaceable error
// constructor is the package-level variable "pkgpath.Name", or nil.
func ResultsReplaceable(name string) *Results {
	for _, fw := range frameworks {
		if fw.Results != nil && slices.Contains(fw.Results.Replaceable, name) {
			return fw.Results
		}
	}
	return nil
}

// LookupResultRoute returns the registration a call to fullName makes.
func LookupResultRoute(fullName string) (*Results, ResultRoute, bool) {
	for _, fw := range frameworks {
		if fw.Results == nil {
			continue
		}
		if r, ok := fw.Results.Routes[fullName]; ok {
			return fw.Results, r, true
		}
	}
	return nil, ResultRoute{}, false
}
