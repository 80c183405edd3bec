package response

import (
	"fmt"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
)

// Occurs says how often a helper does something: never, on some paths, on every path.
type Occurs uint8

const (
	Never Occurs = iota
	Sometimes
	Always
)

// WriterSummary is the fact for a function that takes an
// http.ResponseWriter: what it does to that response, in terms of its
// parameters. Calls to the function become events at the call site, in any
// package, as printf's wrapper facts make Printf wrappers visible.
type WriterSummary struct {
	Writer int // index of the http.ResponseWriter parameter, or recvParam
	// WriterField: with Writer recvParam, the receiver's field holding
	// the writer (a builder's terminal method, see builder.go).
	WriterField string
	Opaque      bool // the helper does something the model cannot follow: calls become opaque

	Headers      []string // set on every path before the status is written (or the function returns)
	MaybeHeaders []string // set on some paths only
	Deletes      []string // deleted on some path ("" for a name it cannot tell)
	// HeaderMaps: the receiver's map fields it copies into the headers
	// (a builder's terminal method): what the chain added to them.
	HeaderMaps []string
	// OptionMaps: the map fields of the value its variadic options are
	// applied to that it copies into the headers (see options.go).
	OptionMaps []string

	Status      Occurs
	StatusCode  int    // the code it writes, when fixed
	StatusParam int    // else the parameter holding the code, or -1 (unknown)
	StatusFrom  string // with StatusParam: the key it is read from the parameter by (values.go): respondErr(w, err) writes err's Status
	// Statuses: else, when it writes one of several, each (its own
	// constants are choices; a parameter's status is the argument's).
	Statuses []CarriedStatus

	Body      Occurs
	BodyShape knowledge.Shape
	BodyParam int // the parameter holding the body value, or -1

	Deferred bool // every status and body it writes is deferred (fiber buffers the response)
	// StatusDeferred: every status it writes only waits for the first body
	// write (gin's c.Writer.WriteHeader), though its bodies are sent.
	StatusDeferred bool
	// StatusMixed: some of its statuses are only recorded and some sent at
	// once, so whether the response has gone after a call is not known.
	StatusMixed bool

	// BodyFirst: on some path it writes a body (or flushes) before its
	// status, which net/http then ignores: the status it writes may not be
	// the one sent.
	BodyFirst bool

	// Flush: it flushes the response (committing a 200 if nothing was
	// written) on some paths: w.(http.Flusher).Flush().
	Flush bool

	// Generated: the function is generated code (a strict server's
	// VisitGetUserResponse), fixed in the spec it comes from, not by hand.
	Generated bool

	// Split: it also returns a status, and its writes line up with it
	// (see StatusSplit); nil when they do not.
	Split *StatusSplit

	// Runs: the function parameters it hands the response to (fn(w, u)),
	// which its CallbackFact follows: what they do is left out, for the
	// caller to follow into the functions it passes.
	Runs []int
}

// StatusSplit is how the writes of a function that takes a response and
// returns a status line up with that status:
//
//	func renderJSON(w http.ResponseWriter, v any) (int, error) {
//		b, err := json.Marshal(v)
//		if err != nil {
//			return http.StatusInternalServerError, err // nothing written: the caller's wrapper writes 500
//		}
//		w.Write(b)
//		return 0, nil // written here
//	}
//
// A handler that returns its status to a wrapper (return renderJSON(w, v))
// then sends one of Codes, written by the wrapper, or what the function
// wrote on its own paths.
type StatusSplit struct {
	Result int   // the status result
	Codes  []int // the statuses it returns having written nothing
	// Own: on some path it leaves the response its own: it returns 0
	// (having written or not), or returns after writing. Body and Status
	// say what it has written on those paths.
	Own          bool
	Body, Status Occurs
}

func (s *StatusSplit) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "hands r%d=", s.Result)
	for i, c := range s.Codes {
		if i > 0 {
			b.WriteString("|")
		}
		fmt.Fprint(&b, c)
	}
	if !s.Own {
		return b.String()
	}
	b.WriteString(" else")
	n := b.Len()
	for _, o := range []struct {
		name string
		occ  Occurs
	}{{"status", s.Status}, {"body", s.Body}} {
		switch o.occ {
		case Always:
			b.WriteString(" " + o.name)
		case Sometimes:
			b.WriteString(" " + o.name + "?")
		}
	}
	if b.Len() == n {
		b.WriteString(" nothing")
	}
	return b.String()
}

func (*WriterSummary) AFact() {}

func (s *WriterSummary) String() string {
	if s.Opaque {
		return fmt.Sprintf("writer(%d) opaque", s.Writer)
	}
	var b strings.Builder
	if s.WriterField != "" {
		fmt.Fprintf(&b, "writer(recv.%s)", s.WriterField)
	} else {
		fmt.Fprintf(&b, "writer(%d)", s.Writer)
	}
	if len(s.HeaderMaps) > 0 {
		fmt.Fprintf(&b, " copies .%s", strings.Join(s.HeaderMaps, ",."))
	}
	if len(s.OptionMaps) > 0 {
		fmt.Fprintf(&b, " copies options' .%s", strings.Join(s.OptionMaps, ",."))
	}
	if len(s.Headers) > 0 {
		fmt.Fprintf(&b, " sets %s", strings.Join(s.Headers, ","))
	}
	if len(s.MaybeHeaders) > 0 {
		fmt.Fprintf(&b, " maybe-sets %s", strings.Join(s.MaybeHeaders, ","))
	}
	if len(s.Deletes) > 0 {
		fmt.Fprintf(&b, " deletes %s", strings.Join(s.Deletes, ","))
	}
	if s.Status != Never {
		b.WriteString(" status")
		if s.Status == Sometimes {
			b.WriteString("?")
		}
		switch {
		case s.StatusCode != 0:
			fmt.Fprintf(&b, "=%d", s.StatusCode)
		case s.StatusParam >= 0:
			fmt.Fprintf(&b, "=param%d", s.StatusParam)
			if s.StatusFrom != "" {
				b.WriteString("." + s.StatusFrom)
			}
		case len(s.Statuses) > 0:
			b.WriteString("=" + strings.TrimPrefix((&StatusFact{Values: s.Statuses}).String(), "carries "))
		default:
			b.WriteString("=unknown")
		}
	}
	if s.Body != Never {
		b.WriteString(" body")
		if s.Body == Sometimes {
			b.WriteString("?")
		}
		switch {
		case s.BodyParam >= 0:
			fmt.Fprintf(&b, "=param%d", s.BodyParam)
		case s.BodyShape.IsError():
			b.WriteString("=error")
		case s.BodyShape == knowledge.ShapeNil:
			b.WriteString("=nil")
		}
	}
	if s.Deferred {
		b.WriteString(" deferred")
	} else if s.StatusDeferred {
		b.WriteString(" status-deferred")
	} else if s.StatusMixed {
		b.WriteString(" status-mixed")
	}
	if s.BodyFirst {
		b.WriteString(" body-first?")
	}
	if s.Generated {
		b.WriteString(" generated")
	}
	if s.Flush {
		b.WriteString(" flush?")
	}
	if s.Split != nil {
		b.WriteString(" " + s.Split.String())
	}
	for _, p := range s.Runs {
		fmt.Fprintf(&b, " runs param%d", p)
	}
	return b.String()
}

// ErrorOrigin is the fact for a function whose returned errors have a known
// origin: "returns malformed-input errors (decoding the request body)", the
// decodeJSON(r, &v) helper every API has.
type ErrorOrigin struct {
	Origin knowledge.Origin
	Param  int    // >= 0: only when this parameter is request input
	What   string // how the operation is named in diagnostics
	// Weak: the origin comes from the names of the errors returned
	// (ErrInvalidX), which count only where the call is given client input.
	Weak bool
}

func (*ErrorOrigin) AFact() {}

func (o *ErrorOrigin) String() string {
	s := "returns " + o.Origin.String() + " errors"
	if o.Param >= 0 {
		s += fmt.Sprintf(" when param%d is request input", o.Param)
	}
	if o.Weak {
		s += " (by name)"
	}
	return s
}
