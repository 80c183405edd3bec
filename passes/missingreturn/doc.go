// Package missingreturn defines an Analyzer that reports error responses
// after which the handler goes on to write again.
//
// # Analyzer missingreturn
//
// missingreturn: report an error response the handler does not return after
//
// http.Error, WriteHeader with a 4xx or 5xx status, or a helper that writes
// an error response does not end the handler. Without a return after it,
// the handler carries on with input it has just rejected: it may act on it
// (store it, charge for it), and it writes again, so the client gets the
// error text followed by the success body under the error status, and the
// server logs "superfluous response.WriteHeader call".
//
// Wrong:
//
//	func create(w http.ResponseWriter, r *http.Request) {
//		var in Item
//		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
//			http.Error(w, "bad input", http.StatusBadRequest)
//		}
//		json.NewEncoder(w).Encode(save(in))
//	}
//
// reports: http.Error writes an error response but the handler goes on to
// write again; add a return after it
//
// Right:
//
//	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
//		http.Error(w, "bad input", http.StatusBadRequest)
//		return
//	}
//
// The suggested fix adds the return after the last statement of the branch
// that holds the error response, when the function has no results.
//
// An error response is reported when some path from it reaches another
// write outside the if, else, case or select clause that holds it; the
// write it goes on to is shown as related information. A write in the
// same clause, or an error response outside any clause followed by a
// write, is a second status on every path, which superfluouswrite reports.
//
// Handing the request to the next handler is writing again: a middleware
// that writes 401 and then calls next.ServeHTTP(w, r) (or next(c) in echo,
// c.Next() in fiber) lets the request through anyway. gin's
// c.AbortWithStatus stops the chain, so c.Next() after it is fine.
//
// A helper that writes an error on some paths and says so in its result
// (decode(w, r, &v) bool) is reported where its result is dropped and the
// handler writes again: check the result and return.
//
// Not reported: an error response that is the last statement on its path
// (go-critic's returnAfterHttpError reports http.Error as the last
// statement of a function; this check does not); logging, metrics or
// cleanup between the error response and a return; an else branch that
// makes the later write unreachable; a helper that writes an error on some
// paths only and tells its caller through its result, when the caller
// checks it (if !authorize(w, r) { return }); an error written after the status has
// left on some path (an "event: error" in a stream after its 200, an error
// in a loop that has written an item on an earlier iteration), which is
// content, not a response; the body of an error response whose status was
// written earlier in the same branch (reported once, at the status); a
// status written alone on an error path, then the one body of that
// response after the branch (if err != nil { w.WriteHeader(500) };
// fmt.Fprint(w, msg), or render.JSON(w, r, body)): that is one response. A
// second status, or a body after a complete error response, is reported.
//
// Known false positive: the model does not correlate conditions, so
// `if err != nil { http.Error(...) }` followed by `if err == nil { write }`
// is reported. Add the return (or use else): it says what the code means.
//
// # Suppressing
//
// Where a finding is wrong for a reason the analysis cannot see, say so on
// its line or the line above; the reason is required:
//
//	//statuslint:ignore missingreturn the reason
package missingreturn
