// Package methodallow defines an Analyzer that reports 405 responses
// without an Allow header.
//
// # Analyzer methodallow
//
// methodallow: report 405 responses without an Allow header
//
// RFC 9110 requires a 405 (Method Not Allowed) response to carry an Allow
// header listing the methods the resource supports. Without it the client
// cannot learn which method would have worked.
//
// Wrong:
//
//	func create(w http.ResponseWriter, r *http.Request) {
//		if r.Method != http.MethodPost {
//			w.WriteHeader(http.StatusMethodNotAllowed)
//			return
//		}
//	}
//
// reports: 405 response without Allow header; set it to the allowed
// methods first, e.g. w.Header().Set("Allow", "POST")
//
// The example names the methods the handler is registered for in its
// package, or the one its method check lets through. A 405 written outside
// any method check by a handler that its package registers only for some
// methods answers one of those methods: the message says so and suggests
// 501 (Not Implemented) for an operation that is not there yet.
//
// Right:
//
//	w.Header().Set("Allow", http.MethodPost)
//	w.WriteHeader(http.StatusMethodNotAllowed)
//
// The header must be set on every path to the 405: set in one branch of an
// if and missing after the branches join, it is reported. It may be set
// directly, through h := w.Header(), by w.Header()["Allow"] = ..., or by a
// helper in any package.
//
// A huma handler's huma.Error405MethodNotAllowed needs
// huma.ErrorWithHeaders(err, http.Header{"Allow": {...}}); one registered
// for a method (huma.Get, huma.Register with Method) is told its 405 is
// about a method it serves. An oapi-codegen strict handler's generated 405
// type without Allow asks for the header in the spec.
//
// Not reported: a path where a helper may have set the header, a response
// handed to code statuslint cannot see before the 405, a status that is not
// a known constant; a handler in a _test.go file (a
// test double answers a test, not a client). Go 1.22 method patterns ("POST /items") make
// http.ServeMux answer 405 with Allow itself; those responses are not in
// your code and never reported. For the same reason a method check in a
// handler that its package registers only for specific methods
// (mux.HandleFunc("GET /x", h), chi's r.Get, gorilla's .Methods("GET"),
// gin's GET, echo's GET, fiber's Get) is dead code when it lets every one of
// those methods through: the router answers the others itself, and no
// request reaches the guard's 405. A handler that is exported, or used in
// any other way (a middleware, a route for every method), may see any
// method, and its guard is checked.
//
// # Suppressing
//
// Where a finding is wrong for a reason the analysis cannot see, say so on
// its line or the line above; the reason is required:
//
//	//statuslint:ignore methodallow the reason
package methodallow
