package response

import (
	"fmt"
	"go/token"
)

// CheckInvariants states what must hold of any model the package builds,
// whatever the input: the fuzz target (fuzz_test.go) calls it on every
// function of every generated handler. It reads the unexported dataflow
// state, so it lives in the package, compiled only into its tests.
func CheckInvariants(fset *token.FileSet, f *Func) []string {
	var bad []string
	report := func(ev *Event, format string, args ...any) {
		where := "exit"
		if ev != nil {
			where = fmt.Sprintf("%s %v", fset.Position(ev.Pos()), ev.Kind)
		}
		bad = append(bad, where+": "+fmt.Sprintf(format, args...))
	}
	checkState := func(ev *Event, s state) {
		if s.must&^s.may != 0 {
			report(ev, "headers set on every path (%#x) not within headers maybe set (%#x)", s.must, s.may)
		}
		if s.statusAll && s.noStatus {
			report(ev, "a status on every path, yet no status on some path")
		}
		if s.bodyAll && !s.body {
			report(ev, "a body on every path, yet on none")
		}
	}
	// Headers the code sets, by writer: the model may not claim any other
	// is set on every path.
	set := map[any]map[string]bool{}
	anyName := map[any]bool{}
	for _, ev := range f.Events {
		if ev.Kind == SetHeader {
			if set[ev.Writer] == nil {
				set[ev.Writer] = map[string]bool{}
			}
			set[ev.Writer][ev.Header] = true
			anyName[ev.Writer] = anyName[ev.Writer] || ev.Header == ""
		}
	}
	for _, ev := range f.Events {
		switch {
		case ev.Kind < SetHeader || ev.Kind > Flush:
			report(ev, "kind %d out of range", ev.Kind)
		case ev.Writer == nil || ev.Call == nil:
			report(ev, "event without writer or call")
			continue
		case ev.fn != f:
			report(ev, "event belongs to another function")
		case !ev.before.reached:
			report(ev, "event in a block the dataflow never reached")
		}
		if !f.Node.Pos().IsValid() || ev.Pos() < f.Node.Pos() || ev.Pos() >= f.Node.End() {
			report(ev, "event outside its function")
		}
		checkState(ev, ev.before)
		if !anyName[ev.Writer] {
			for name := range f.headers {
				if ev.HasHeader(name) == HeaderSet && !set[ev.Writer][name] && !f.preset(name) {
					report(ev, "header %s set on every path, but nothing sets it", name)
				}
			}
		}
		written, _, _ := ev.StatusBefore()
		for _, s := range written {
			if s.Kind != WriteStatus || s.Writer != ev.Writer {
				report(ev, "status before is a %v on another writer", s.Kind)
			}
		}
		for _, e := range ev.PendingErrors() {
			if !e.IsErrorResponse() || e.Writer != ev.Writer {
				report(ev, "pending error %v is not an error response on this writer", e.Kind)
			}
		}
		if ev.errIndex >= 0 {
			list := f.errEvents[ev.Writer]
			if ev.errIndex >= len(list) || list[ev.errIndex] != ev {
				report(ev, "error index %d does not name the event", ev.errIndex)
			}
		}
		if ev.Kind == WriteStatus {
			list := f.statusEvents[ev.Writer]
			if ev.index >= len(list) || list[ev.index] != ev {
				report(ev, "status index %d does not name the event", ev.index)
			}
		}
	}
	for _, s := range f.exits {
		checkState(nil, s)
	}
	return bad
}

// preset reports whether a router sets header name before calling f, or
// the caller of a callee that runs f did.
func (f *Func) preset(name string) bool {
	if i, ok := f.headers[name]; ok {
		for _, e := range f.entries {
			if e.must&(1<<i) != 0 {
				return true
			}
		}
	}
	for _, h := range f.info.pkg.presets[f.Node] {
		if h == name {
			return true
		}
	}
	return false
}

// CallbackEvents returns the events of the callbacks f hands to callees
// that run them, which are not among its Events (see Func.hidden): the
// model's golden dumps show them.
func (f *Func) CallbackEvents() []*Event { return f.hidden }
