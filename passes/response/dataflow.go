package response

import (
	"go/ast"
	"go/token"
	"go/types"
	"math/bits"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
	"golang.org/x/tools/go/cfg"
)

// state is what may or must have happened to one response at a point.
type state struct {
	reached bool

	must   uint64 // headers set on every path
	may    uint64 // headers set on some path
	unsure uint64 // headers a helper or opaque code may have set

	statuses  uint64 // status events that may be the status in effect (bitsUnknown, bitsImplicit: see below)
	noStatus  bool   // on some path, no status and no body has been written yet
	body      bool   // on some path, a body has been written
	bodyAll   bool   // on every path, a body has been written
	statusAll bool   // on every path, a status has been written
	opaque    bool   // on some path, the response reached code the model cannot see

	sentSome bool // on some path, the status line has gone (a write not deferred, a flush)
	sentAll  bool // on every path

	wroteOK  bool   // on some path, the model saw a write that is not an error response
	wroteAll bool   // on every path, the model saw a write (status or body)
	errs     uint64 // error responses (by errIndex) that may precede this point
}

const (
	bitUnknown  = 63 // a status the model cannot name was written
	bitImplicit = 62 // a body was written first: net/http sent 200
	maxStatuses = 62
)

func (s state) meet(o state) state {
	if !s.reached {
		return o
	}
	if !o.reached {
		return s
	}
	return state{
		reached:   true,
		must:      s.must & o.must,
		may:       s.may | o.may,
		unsure:    s.unsure | o.unsure,
		statuses:  s.statuses | o.statuses,
		noStatus:  s.noStatus || o.noStatus,
		body:      s.body || o.body,
		bodyAll:   s.bodyAll && o.bodyAll,
		statusAll: s.statusAll && o.statusAll,
		opaque:    s.opaque || o.opaque,
		sentSome:  s.sentSome || o.sentSome,
		sentAll:   s.sentAll && o.sentAll,
		wroteOK:   s.wroteOK || o.wroteOK,
		wroteAll:  s.wroteAll && o.wroteAll,
		errs:      s.errs | o.errs,
	}
}

// transfer applies one event.
func (f *Func) transfer(s state, ev *Event) state {
	// An informational status (100 Continue, 103 Early Hints) is sent at
	// once and the real status still follows: it changes nothing here. A
	// buffered response (fasthttp's) has no interim responses: there a 1xx
	// is the status the response goes out with, like any other.
	if ev.Kind == WriteStatus && informational(ev.Status) {
		if fw := knowledge.FrameworkOf(contextName(ev.Writer.Type())); !fw.Buffered {
			if ev.Maybe || !fw.InformationalCommits {
				return s
			}
			// echo counts the 1xx as the response's status: later ones are
			// dropped, and net/http sends 200 when the handler writes on.
			if s.noStatus {
				s.statuses |= 1 << bitImplicit
				s.noStatus = false
			}
			s.sentSome, s.sentAll = true, true
			return s
		}
	}
	// A helper that writes on some paths only (if !authorize(w, r) { return })
	// usually tells its caller through a result the model does not follow:
	// only certain writes count here.
	// One whose result the caller drops is an error the handler goes on
	// after, on the paths where the helper wrote it.
	if ev.Maybe && ev.Discarded && ev.errIndex >= 0 && ev.errIndex < 64 {
		s.errs |= 1 << ev.errIndex
	}
	if (ev.Kind == WriteStatus || ev.Kind == WriteBody) && !ev.Maybe {
		switch {
		case ev.errIndex >= 0:
			if ev.errIndex < 64 {
				s.errs |= 1 << ev.errIndex
			}
		case !ev.Deferred:
			s.wroteOK = true
		}
		if !ev.Deferred {
			s.wroteAll = true
		}
	}
	switch ev.Kind {
	case SetHeader:
		if ev.fromMap != "" {
			break // what the map holds is the caller's: see WriterSummary.HeaderMaps
		}
		if len(ev.keys) > 0 {
			// for k, v := range defaultHeaders: one of its keys at a time,
			// in a loop the model cannot count.
			for _, k := range ev.keys {
				if bit, ok := f.headerBit(k); ok {
					s.unsure |= bit
					s.may |= bit
				} else {
					s.unsure = ^uint64(0)
				}
			}
			break
		}
		bit, ok := f.headerBit(ev.Header)
		switch {
		case !ok:
			s.unsure = ^uint64(0)
		case ev.Maybe:
			s.unsure |= bit
			s.may |= bit
		default:
			s.must |= bit
			s.may |= bit
		}
	case DelHeader:
		if bit, ok := f.headerBit(ev.Header); ok {
			s.must &^= bit
		} else {
			s.must = 0
		}
	case WriteStatus:
		bit := uint64(1) << bitUnknown
		if ev.index < maxStatuses {
			bit = 1 << ev.index
		}
		switch {
		case ev.Maybe:
			s.statuses |= bit
			s.sentSome = s.sentSome || !ev.Deferred
		case s.sentAll:
			// The response has gone on every path: net/http ignores the
			// status (and logs it as superfluous), gin ignores it too.
		case s.sentSome:
			// Gone on some paths, not on others: either may be in effect.
			s.statuses |= bit
			s.noStatus = false
			s.statusAll = true
		default:
			// Nothing has gone yet: this status is the one in effect (a
			// deferred one until a later status replaces it).
			s.statuses = bit
			s.noStatus = false
			s.statusAll = true
		}
		if !ev.Maybe && !ev.Deferred {
			s.sentSome, s.sentAll = true, true
		}
	case WriteBody:
		if s.noStatus {
			s.statuses |= 1 << bitImplicit
			if !ev.Maybe {
				s.noStatus = false
			}
		}
		s.body = true
		if !ev.Maybe {
			s.bodyAll = true
		}
		if !ev.Deferred {
			s.sentSome = true
			s.sentAll = s.sentAll || !ev.Maybe
		}
	case Flush:
		if s.noStatus {
			s.statuses |= 1 << bitImplicit
			s.noStatus = ev.Maybe
		}
		if !ev.Maybe {
			s.wroteOK, s.wroteAll = true, true
		}
		s.sentSome = true
		s.sentAll = s.sentAll || !ev.Maybe
	case Opaque:
		// Code the model cannot see may delete headers as well as set them.
		s.must = 0
		s.unsure = ^uint64(0)
		s.statuses |= 1 << bitUnknown
		s.body = true
		s.opaque = true
		s.sentSome = true
	}
	return s
}

// stateAround returns the state of w's response just before the CFG node
// n and just after it; ok is false when n is dead or the states were not
// kept (see writerEvents.in).
func (f *Func) stateAround(w *types.Var, n ast.Node) (before, after state, ok bool) {
	l, found := f.info.loc[n]
	if !found {
		return state{}, state{}, false
	}
	we := f.writers[w]
	if we == nil {
		// Nothing in the function touches it.
		s := state{reached: true, noStatus: true}
		return s, s, true
	}
	if we.in == nil || !we.in[l.block.Index].reached {
		return state{}, state{}, false
	}
	s := we.in[l.block.Index]
	seen := false
	for _, ev := range we.byBlock[l.block.Index] {
		i := f.info.loc[ev.node].index
		if i > l.index {
			break
		}
		if i == l.index && !seen {
			before, seen = s, true
		}
		s = f.transfer(s, ev)
	}
	if !seen {
		before = s
	}
	return before, s, true
}

// headerBit interns a header name; ok is false for an unknown name or when
// the function sets more distinct headers than the model tracks.
func (f *Func) headerBit(name string) (uint64, bool) {
	if name == "" {
		return 0, false
	}
	i, ok := f.headers[name]
	if !ok {
		if len(f.headers) == 64 {
			return 0, false
		}
		i = len(f.headers)
		f.headers[name] = i
	}
	return 1 << i, true
}

// solve runs the forward dataflow for one writer and records the state
// before each of its events. It returns the state at normal exits.
func (f *Func) solve(w *writerEvents) state {
	exit, in, isParam := f.flow(w, nil, false, func(ev *Event, s state) { ev.before = s })
	// What its returns leave of the response is what its status means
	// (see StatusSplit): only a function returning one needs it. A
	// callback it hands on starts from the state at the call (see
	// settleEntries).
	if isParam && statusResult(f.info.sig) >= 0 || len(f.hidden) > 0 {
		w.in = in
	}
	return exit
}

// flow runs the forward dataflow for one writer, leaving out the events
// in skip, and hands record the state before each of the others. It
// returns the state at normal exits, the state at each block's entry, and
// whether the writer is a parameter's (or stands for one). With fresh,
// the response starts with nothing done to it, whatever the writer is:
// what a callback does, relative to where it is run (see runFunc).
func (f *Func) flow(w *writerEvents, skip map[*Event]bool, fresh bool, record func(*Event, state)) (state, []state, bool) {
	info := f.info
	g := info.cfg
	in := make([]state, len(g.Blocks))
	out := make([]state, len(g.Blocks))
	entry := state{reached: true, noStatus: true}
	_, isParam := info.params[w.writer]
	// A builder's writer field is, to its method, what a helper's
	// parameter is: the state at the call is the caller's; a handler's
	// returned response starts empty, as a writer parameter does.
	isParam = isParam || w.writer == info.recvWriter || info.isResult(w.writer)
	if !fresh && (!isParam || info.pkg.callbacks[f.Node]) {
		// A writer captured from the enclosing function: whatever happened
		// before the closure runs is unknown.
		entry.unsure = ^uint64(0)
		entry.statuses = 1 << bitUnknown
		entry.body = true
		entry.sentSome = true
	}
	if isParam && !fresh {
		// gin's NoMethod handlers run with Allow already set.
		info.pkg.routes()
		for _, h := range info.pkg.presets[f.Node] {
			if bit, ok := f.headerBit(h); ok {
				entry.must |= bit
				entry.may |= bit
			}
		}
	}
	if e, ok := f.entries[w.writer]; ok && !fresh {
		entry = e // a literal a callee runs: from where it is called
	}
	in[0] = entry
	run := func(b *cfg.Block, s state, last bool) state {
		for _, ev := range w.byBlock[b.Index] {
			if skip[ev] {
				continue
			}
			if last {
				record(ev, s)
			}
			s = f.transfer(s, ev)
		}
		return s
	}
	order := info.postorder()
	changed := true
	for changed {
		changed = false
		for i := len(order) - 1; i >= 0; i-- {
			b := order[i]
			s := in[b.Index]
			if b.Index != 0 {
				s = state{}
			}
			for _, p := range info.preds[b.Index] {
				s = s.meet(out[p.Index])
			}
			if b.Index == 0 {
				s = s.meet(entry)
			}
			o := run(b, s, false)
			if s != in[b.Index] || o != out[b.Index] {
				in[b.Index], out[b.Index] = s, o
				changed = true
			}
		}
	}
	var exit state
	for _, b := range g.Blocks {
		if !b.Live {
			continue
		}
		o := run(b, in[b.Index], true)
		if info.isExit(b) {
			exit = exit.meet(o)
		}
	}
	return exit, in, isParam
}

// postorder returns the live blocks of f's CFG in postorder from the
// entry. A forward dataflow that visits them in reverse postorder sees every
// block after its predecessors, except across loops' back edges, so it is
// done in as many passes as loops nest (plus one to see nothing changed);
// in the order of block indices, where an if's join block comes before the
// blocks of its branches, the passes grew with the size of the function.
func (f *funcInfo) postorder() []*cfg.Block {
	if f.order != nil {
		return f.order
	}
	blocks := f.cfg.Blocks
	seen := make([]bool, len(blocks))
	order := make([]*cfg.Block, 0, len(blocks))
	// An explicit stack: the CFG of a long function is deep.
	type frame struct {
		b    *cfg.Block
		next int // index into b.Succs
	}
	var stack []frame
	for _, root := range blocks {
		// The entry first; then any live block the walk missed, so that
		// no block the old order visited is skipped.
		if !root.Live || seen[root.Index] {
			continue
		}
		seen[root.Index] = true
		stack = append(stack, frame{b: root})
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.next < len(top.b.Succs) {
				s := top.b.Succs[top.next]
				top.next++
				if s.Live && !seen[s.Index] {
					seen[s.Index] = true
					stack = append(stack, frame{b: s})
				}
				continue
			}
			order = append(order, top.b)
			stack = stack[:len(stack)-1]
		}
	}
	f.order = order
	return order
}

// HeaderState is whether a header is known to be set at a point.
type HeaderState uint8

const (
	HeaderUnset   HeaderState = iota // not set on at least one path, as far as the model can see
	HeaderUnknown                    // a helper or opaque code may have set it
	HeaderSet                        // set on every path
)

// HasHeader reports whether name is set on every path to the event.
func (e *Event) HasHeader(name string) HeaderState {
	s := e.before
	name = canonicalHeader(name)
	// A deferred status (c.Status(201) in gin, anything in fiber) goes out
	// later: a header set after it may still count.
	if e.Deferred && e.fn.setAfter(e, name) {
		return HeaderUnknown
	}
	if i, ok := e.fn.headers[name]; ok {
		bit := uint64(1) << i
		if s.must&bit != 0 {
			return HeaderSet
		}
		if s.unsure&bit != 0 {
			return HeaderUnknown
		}
	}
	if s.unsure == ^uint64(0) || s.opaque {
		return HeaderUnknown
	}
	return HeaderUnset
}

// HasHeaderFor is HasHeader for the writes of one code: a header set
// under a condition on the status variable that this code satisfies
// (`if status == 503 { set Retry-After }` before write(status)) is set
// for it.
func (e *Event) HasHeaderFor(name string, code int) HeaderState {
	st := e.HasHeader(name)
	if st != HeaderUnset || e.statusVar == nil {
		return st
	}
	name = canonicalHeader(name)
	for _, set := range e.fn.Events {
		if set.Kind == SetHeader && set.Header == name && set.Writer == e.Writer && !set.Maybe &&
			set.Pos() < e.Pos() && e.fn.info.setFor(set.Pos(), e.Pos(), e.statusVar, code) {
			return HeaderSet
		}
	}
	return st
}

// StatusBefore returns the statuses that may be in effect at the event:
// the status events that may have been written last, whether on some path
// none was (net/http will send 200 on the first body write), and whether
// some status cannot be named.
func (e *Event) StatusBefore() (written []*Event, implicit, unknown bool) {
	s := e.before
	set := s.statuses
	for set != 0 {
		i := bits.TrailingZeros64(set)
		set &^= 1 << i
		switch i {
		case bitUnknown:
			unknown = true
		case bitImplicit:
			implicit = true
		default:
			written = append(written, e.fn.statusEvents[e.Writer][i])
		}
	}
	return written, implicit || s.noStatus, unknown
}

// SendsImplicit reports whether, on some path, net/http sends 200 with
// this write: nothing has been sent before it (or only an informational
// status a framework counts as the response's). An implicit 200 that an
// earlier body write sent (a helper's, on the paths where it wrote) is
// still among StatusBefore's statuses in effect, but it is not sent here.
func (e *Event) SendsImplicit() bool {
	s := e.before
	return s.noStatus || s.statuses&(1<<bitImplicit) != 0 && !s.body
}

// RepeatsStatus reports whether the event writes the status already in
// effect on every path, in a framework that drops such a write silently
// (gin): c.Status(200) after c.JSON(200, v) changes nothing.
func (e *Event) RepeatsStatus() bool {
	if e.Kind != WriteStatus || !knowledge.FrameworkOf(contextName(e.Writer.Type())).DropsRepeatedStatus {
		return false
	}
	code, ok := soleCode(e.Status)
	if !ok {
		return false
	}
	written, implicit, unknown := e.StatusBefore()
	if unknown || implicit && code != 200 {
		return false
	}
	for _, w := range written {
		if c, ok := soleCode(w.Status); !ok || c != code {
			return false
		}
	}
	return len(written) > 0 || implicit
}

// soleCode returns the one constant status st can be.
func soleCode(st Status) (int, bool) {
	if st.Unknown || len(st.Values) == 0 {
		return 0, false
	}
	code := st.Values[0].Code
	for _, v := range st.Values {
		if v.Code != code || v.Code == 0 {
			return 0, false
		}
	}
	return code, true
}

// BodyBefore reports whether a body may already have been written.
func (e *Event) BodyBefore() bool { return e.before.body }

// WrittenBefore reports whether the model saw a status or body written
// before the event: on some path by a write that is not an error response
// (an error response followed by more writes is missingreturn's finding),
// or on every path by any write.
func (e *Event) WrittenBefore() (some, every bool) {
	return e.before.wroteOK, e.before.wroteAll
}

// PendingErrors returns the error responses that may have been written
// before the event, on a path that did not return after them.
func (e *Event) PendingErrors() []*Event {
	var out []*Event
	set := e.before.errs
	for set != 0 {
		i := bits.TrailingZeros64(set)
		set &^= 1 << i
		out = append(out, e.fn.errEvents[e.Writer][i])
	}
	return out
}

// IsErrorResponse reports whether the event writes an error response: a
// status of 400 or more, or an error-shaped body.
func (e *Event) IsErrorResponse() bool { return e.errIndex >= 0 }

// Branch returns the statements of the innermost if, else, case or select
// clause around the event, and whether there is one.
func (e *Event) Branch() (stmts []ast.Stmt, start, end token.Pos, ok bool) {
	b, ok := e.fn.info.branchAt(e.Call.Pos())
	return b.stmts, b.start, b.end, ok
}

// informational reports whether every value of st is a 1xx status other
// than 101 Switching Protocols (which is final).
func informational(st Status) bool {
	if st.Unknown || len(st.Values) == 0 {
		return false
	}
	for _, v := range st.Values {
		if v.Code < 100 || v.Code > 199 || v.Code == 101 {
			return false
		}
	}
	return true
}

// setAfter reports whether some event after e sets header name on e's response.
func (f *Func) setAfter(e *Event, name string) bool {
	for _, o := range f.Events {
		if o.Writer == e.Writer && o.Kind == SetHeader && (o.Header == name || o.Header == "") && o.Call.End() > e.Call.End() {
			return true
		}
	}
	return false
}

// StatusMayFollow reports whether a status may be written to e's response
// after e, on some path: for a buffered response (fiber), the status that
// goes out is the last one, not the one in effect at e.
func (e *Event) StatusMayFollow() bool {
	info := e.fn.info
	l, ok := info.loc[e.node]
	if !ok {
		return true
	}
	w := e.fn.writers[e.Writer]
	if w == nil {
		return true
	}
	seen := map[int32]bool{}
	var visit func(b int32, after *Event) bool
	visit = func(b int32, after *Event) bool {
		past := after == nil
		for _, o := range w.byBlock[b] {
			if !past {
				past = o == after
				continue
			}
			if o.Kind == WriteStatus {
				return true
			}
		}
		for _, s := range info.cfg.Blocks[b].Succs {
			if !seen[s.Index] {
				seen[s.Index] = true
				if visit(s.Index, nil) {
					return true
				}
			}
		}
		return false
	}
	return visit(l.block.Index, e)
}

// onlyWrites reports whether a parameter of type t sees the response as
// a plain writer (io.Writer): it cannot set a header or a status, only
// add bytes to the body, when called or later (gz.Reset(w), then
// gz.Write).
func onlyWrites(t types.Type) bool {
	if t == nil || !types.IsInterface(t) {
		return false
	}
	ms := types.NewMethodSet(t)
	return ms.Len() > 0 && ms.Lookup(nil, "Header") == nil && ms.Lookup(nil, "WriteHeader") == nil
}

// settleSinks keeps as a body write each writer handed on as an io.Writer
// where the status line has gone on every path: the bytes can come only
// after it, whenever they are written. Where it may not have gone, a
// write that comes later would send a 200 before the status the function
// writes next, or after headers it sets next: the model cannot order it,
// and the hand-off becomes opaque. It reports whether any did.
func (f *Func) settleSinks(w *writerEvents) bool {
	changed := false
	for _, evs := range w.byBlock {
		for _, ev := range evs {
			if ev.sink && ev.Kind == WriteBody && !ev.before.sentAll {
				ev.Kind, ev.Maybe, ev.Shape = Opaque, false, 0
				changed = true
			}
		}
	}
	return changed
}
