// Package lateheader defines an Analyzer that reports headers set after the
// status line has been written.
//
// # Analyzer lateheader
//
// lateheader: report a header set after the status line has left
//
// net/http sends the headers with the status line: on w.WriteHeader, or on
// the first Write (with an implicit 200), json.NewEncoder(w).Encode,
// fmt.Fprint(w, ...), http.Error. A header set or deleted afterwards is
// silently dropped: the client never sees the Location of what was just
// created, the Cache-Control or the cookie.
//
// Wrong:
//
//	func create(w http.ResponseWriter, r *http.Request) {
//		u := "/items/" + save(r)
//		w.WriteHeader(http.StatusCreated)
//		w.Header().Set("Location", u)
//	}
//
// reports: w.Header().Set("Location", ...) after the status was written is
// ignored; set headers before w.WriteHeader or the first write
//
// Right:
//
//	w.Header().Set("Location", u)
//	w.WriteHeader(http.StatusCreated)
//
// The first write is shown as related information. When the header call and
// that write are statements of one block, nothing was written before the
// write, nothing between them changes what the header call reads, and the
// header was not set earlier too (the late value would then override the
// one sent today, and which was meant is not obvious), the suggested fix
// moves the header call before the write.
//
// A header is reported when a status or body may already have been written
// on some path by a write that is not an error response, or on every path
// by any write. A header set in a loop, or by a helper on some paths only,
// is reported only when a write precedes it on every path: a header set on
// a loop's first iteration only (if !wroteHeader { ... }) is not late,
// though the previous iteration's write seems to reach it. A header set after an error response the handler did not
// return from, on some paths only, is missingreturn's finding. A call that
// sets headers and writes (http.Error after a body) is a second response,
// superfluouswrite's.
//
// Not reported: trailers: a name with the http.TrailerPrefix prefix, and any
// header in a function that sets a Trailer header (the model does not record
// header values, so it cannot tell which names the Trailer header declares:
// precision first); a header name that is not a constant (proxies copy
// trailers that way); a header set after a 1xx status other than 101, which
// leaves the final status to come; a header set after the response was
// handed to code statuslint cannot see (next.ServeHTTP(w, r)); a handler
// its package wraps in http.TimeoutHandler, directly or by wrapping the
// router it is registered on, whose writer buffers the whole response until
// the handler returns; a header changed on the failure path of the only
// write before it (if _, err := io.Copy(w, src); err != nil), which may have
// failed before sending a byte; a handler in a _test.go file.
//
// # Suppressing
//
// Where a finding is wrong for a reason the analysis cannot see, say so on
// its line or the line above; the reason is required:
//
//	//statuslint:ignore lateheader the reason
package lateheader
