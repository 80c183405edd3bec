// Package superfluouswrite defines an Analyzer that reports a second
// status written on one path of a handler.
//
// # Analyzer superfluouswrite
//
// superfluouswrite: report a second status written on one path
//
// A response has one status line. Once WriteHeader has run, or a body write
// has sent the implicit 200, net/http ignores any further WriteHeader and
// logs "http: superfluous response.WriteHeader call". The client gets the
// first status, not the one the handler meant: a failure written after a
// half-sent success reaches it as a 200, with the error text glued to the
// end of the body when the second write was http.Error.
//
// Wrong:
//
//	func create(w http.ResponseWriter, r *http.Request) {
//		w.WriteHeader(http.StatusCreated)
//		if err := json.NewEncoder(w).Encode(item); err != nil {
//			w.WriteHeader(http.StatusInternalServerError)
//		}
//	}
//
// reports: w.WriteHeader after the status was already written is ignored
// (superfluous response.WriteHeader call); remove it or return after the
// first write
//
// Right: decide the status before the first write (encode to a buffer
// first if encoding may fail), or return after the first write:
//
//	var buf bytes.Buffer
//	if err := json.NewEncoder(&buf).Encode(item); err != nil {
//		http.Error(w, "encoding failed", http.StatusInternalServerError)
//		return
//	}
//	w.WriteHeader(http.StatusCreated)
//	w.Write(buf.Bytes())
//
// A status written after a body write is reported too (the body sent 200),
// and a status written by a helper in any package (respond.Error(w, 500,
// msg) after w.Write) is reported at the call.
//
// A template or io.Copy that fails halfway has sent part of the body with
// a 200, so the error status after it is reported (render to a buffer
// first).
//
// Not reported: a handler in a _test.go file (a test double writing two
// statuses is usually testing the middleware around it); the error status
// of the first write when that write fails whole (if err :=
// json.NewEncoder(w).Encode(v); err != nil { http.Error(w, ...) }: the encoder marshals before it writes, so nothing
// was sent; a single w.Write or fmt.Fprint fails only when the client is
// gone); a status whose only earlier write is an earlier iteration of a
// loop around it (a flag like if !wrote { w.WriteHeader(200); wrote = true }
// is not followed), including a write in another branch of an if or switch
// in the loop (for _, e := range c.Errors { switch { case ...:
// writeError(c, ...); default: writeError(c, ...) } }); a second status after an error response that is not
// followed by a return, on some paths only (missingreturn reports the
// error response itself); a status after an informational 1xx such as
// 103 Early Hints, which net/http sends at once and which expects the final
// status after it; in gin, the status already in effect written again
// without a body (c.Status(200) after c.JSON(200, v)), which gin drops
// silently; a write by a helper that writes on some paths only
// (if !authorize(w, r) { return }); a status after the response was
// handed to code statuslint cannot see, when nothing it can see was
// written first; a status written to another writer (a recorder or a
// wrapper) than the one written first; a WriteHeader in a deferred call.
//
// # Suppressing
//
// Where a finding is wrong for a reason the analysis cannot see, say so on
// its line or the line above; the reason is required:
//
//	//statuslint:ignore superfluouswrite the reason
package superfluouswrite
