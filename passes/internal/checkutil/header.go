// Package checkutil holds the helpers the checks share that read the
// response model; the generic ones are in analysisutil, below the model.
package checkutil

import (
	"fmt"
	"go/token"
	"slices"
	"sort"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/analysisutil"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
)

// HeaderRule is a rule of the form "a response with one of these statuses
// must carry this header": methodallow, wwwauthenticate, createdlocation,
// retryafter. They differ only in their data.
type HeaderRule struct {
	Codes   []int
	Header  string
	Advice  string // what to do, in the message: "set it to the auth scheme first"
	Example string // the example value, as Go source: `"Bearer"`
	// ExampleFor, if set, gives an example that fits the function, or "".
	ExampleFor func(f *response.Func) string
	// Reword, if set, may replace the whole message for a write whose
	// problem is not the missing header.
	Reword func(f *response.Func, ev *response.Event) string
	// Group, if set, keys the writes that come from one pattern (the same
	// check repeated in many handlers): a key with several findings is
	// reported once, at the first, with the others as related places.
	Group func(ev *response.Event) string
	// Alternative, if set, offers another fix that may fit the write
	// better, appended to the message: "or use 403 ... if ...".
	Alternative func(pass *analysis.Pass, ev *response.Event) string
	// PerRoute: the header's value depends on the route (Allow): an app's
	// error handler cannot add it, so a status returned to one that does
	// not is reported where it is returned, not at the handler.
	PerRoute bool
	// Skip, if set, leaves a whole function alone.
	Skip func(pass *analysis.Pass, f *response.Func) bool
}

// Check reports every status write of one of r.Codes on a path where
// r.Header is not set on every path before it, once per write, outside
// _test.go files.
//
// A status chosen inside a helper (a constant in respond.Unauthorized) is
// reported inside the helper, where it is written; a status passed to a
// helper is reported at the call, where it is chosen.
func (r HeaderRule) Check(pass *analysis.Pass) {
	res := pass.ResultOf[response.Analyzer].(*response.Result)
	groups := map[string][]analysis.Diagnostic{}
	var order []string
	defer func() {
		for _, key := range order {
			ds := groups[key]
			// The first by file, line and column: token positions of
			// different files follow the order they were parsed in,
			// which the drivers do not fix.
			sort.SliceStable(ds, func(i, j int) bool {
				return positionLess(pass.Fset.Position(ds[i].Pos), pass.Fset.Position(ds[j].Pos))
			})
			d := ds[0]
			if strings.HasPrefix(key, handlerKey) {
				// One finding at the error handler, every return related.
				for _, o := range ds[1:] {
					d.Related = append(d.Related, o.Related...)
				}
				if len(ds) > 1 {
					d.Message = fmt.Sprintf("%s (%d returns)", d.Message, len(ds))
				}
				pass.Report(d)
				continue
			}
			if len(ds) > 1 {
				what, more := "the same check", "after the same check"
				if strings.HasPrefix(key, centralKey) {
					what, more = "the same writer", "through the same writer"
				}
				d.Message = fmt.Sprintf("%s (and %d more %s)", d.Message, len(ds)-1, more)
				for _, o := range ds[1:] {
					d.Related = append(d.Related, analysis.RelatedInformation{Pos: o.Pos, End: o.End, Message: what})
				}
			}
			pass.Report(d)
		}
	}()
	for f := range res.Funcs() {
		// A test double answers a test, not a client: the 401 of a fake
		// server that tests a client's error message needs no challenge.
		if InTestFile(pass, f) || r.Skip != nil && r.Skip(pass, f) {
			continue
		}
		for _, ev := range f.Events {
			if ev.Kind != response.WriteStatus || ev.HasHeader(r.Header) != response.HeaderUnset {
				continue
			}
			// A typed response written by hand (its Visit method is the
			// project's) is reported in that method, where the fix goes.
			typed := ev.Result() != nil && ev.Result().Typed != nil
			if typed && !ev.Result().Generated {
				continue
			}
			for _, v := range ev.Status.Values {
				if !slices.Contains(r.Codes, v.Code) || v.Expr == nil || v.Choice() || ev.Unrouted || ev.HasHeaderFor(r.Header, v.Code) != response.HeaderUnset {
					continue
				}
				example := r.Example
				if r.ExampleFor != nil {
					if e := r.ExampleFor(f); e != "" {
						example = e
					}
				}
				msg := fmt.Sprintf("%d response without %s header; %s, e.g. %s",
					v.Code, r.Header, r.Advice, SetHeaderExample(ev, r.Header, example))
				if r.Alternative != nil {
					if alt := r.Alternative(pass, ev); alt != "" {
						msg += ", " + alt
					}
				}
				if r.Reword != nil {
					if m := r.Reword(f, ev); m != "" {
						msg = m
					}
				}
				if typed {
					// Generated from the spec: the type sets the headers the
					// spec declares for this response, and no other.
					msg = fmt.Sprintf("%d response without %s header: %s is generated from the API spec, which declares no %s header for this response; declare it there (responses.%d.headers), regenerate, and set it in the returned value",
						v.Code, r.Header, ev.Result().Typed.Name(), r.Header, v.Code)
				}
				d := analysis.Diagnostic{
					Pos:     ev.Call.Pos(),
					End:     ev.Call.End(),
					Message: msg,
					Related: related(ev, v),
				}
				key := ""
				h := res.ErrorHandlerFor(ev)
				if ev.Returned() && h != nil {
					// The app's error handler writes this status: what it
					// adds for the code is what the client gets, and the
					// fix is in it, once.
					if h.HeaderFor(r.Header, v.Code) != response.HeaderUnset {
						break
					}
				}
				if ev.Returned() && h != nil && !r.PerRoute {
					key = handlerKey + pass.Fset.Position(h.Site.Pos()).String()
					d = analysis.Diagnostic{
						Pos:     h.Site.Pos(),
						End:     h.Site.End(),
						Message: fmt.Sprintf("%d returned to this error handler goes out without %s header; %s, in the handler when the status is %d", v.Code, r.Header, r.Advice, v.Code),
						Related: []analysis.RelatedInformation{{Pos: ev.Call.Pos(), End: ev.Call.End(), Message: fmt.Sprintf("%d returned here", v.Code)}},
					}
				} else if ev.Central() && !r.PerRoute {
					// The fix is in the central writer: one finding per
					// writer, the calls as related places.
					key = centralKey + ev.Callee.FullName()
					d.Message = fmt.Sprintf("%d response without %s header: %s writes the status its error carries and never sets %s; set it there when the status is %d, e.g. %s",
						v.Code, r.Header, ev.Callee.Name(), r.Header, v.Code, SetHeaderExample(ev, r.Header, example))
				} else if r.Group != nil {
					key = r.Group(ev)
				}
				if key == "" {
					pass.Report(d)
				} else {
					if groups[key] == nil {
						order = append(order, key)
					}
					groups[key] = append(groups[key], d)
				}
				break
			}
		}
	}
}

// handlerKey prefixes the group of the statuses an app's error handler writes.
const handlerKey = "errorhandler:"

// centralKey prefixes the group of a central writer's statuses.
const centralKey = "central:"

// InTestFile reports whether f is declared in a _test.go file: a test
// double answers a test, not a client.
func InTestFile(pass *analysis.Pass, f *response.Func) bool {
	return strings.HasSuffix(pass.Fset.Position(f.Node.Pos()).Filename, "_test.go")
}

// related points at the constant when it is chosen away from the write.
func related(ev *response.Event, v response.StatusValue) []analysis.RelatedInformation {
	if v.Expr.Pos() >= ev.Call.Pos() && v.Expr.End() <= ev.Call.End() {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: v.Expr.Pos(), End: v.Expr.End(), Message: "status chosen here"}}
}

// SetHeaderExample writes header-setting code in the terms of ev's
// framework: w.Header().Set("Allow", "GET"), c.Header("Allow", "GET"),
// c.Set("Allow", "GET"). value is Go source.
func SetHeaderExample(ev *response.Event, header, value string) string {
	return fmt.Sprintf(ev.Idioms().SetHeader, ev.Writer.Name(), header, value)
}

// WriteStatusExample writes status-setting code in the terms of ev's
// framework: w.WriteHeader(http.StatusNotFound), c.Status(fiber.StatusNotFound).
func WriteStatusExample(ev *response.Event, code int) string {
	status := analysisutil.StatusConst(code)
	if pkg := ev.Idioms().StatusPkg; pkg != "" && pkg != "http" {
		status = pkg + strings.TrimPrefix(status, "http")
	}
	return fmt.Sprintf(ev.Idioms().WriteStatus, ev.Writer.Name(), status)
}

// positionLess orders positions by file name, line and column.
func positionLess(a, b token.Position) bool {
	if a.Filename != b.Filename {
		return a.Filename < b.Filename
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Column < b.Column
}
