// Package wwwauthenticate defines an Analyzer that reports 401 responses
// without a WWW-Authenticate header.
//
// # Analyzer wwwauthenticate
//
// wwwauthenticate: report 401 responses without a WWW-Authenticate header
//
// RFC 9110 requires a 401 (Unauthorized) response to carry a
// WWW-Authenticate header naming the authentication scheme. Clients,
// browsers and proxies use it to learn how to authenticate; without it a
// client cannot tell "log in with Bearer" from "you may not".
//
// Wrong:
//
//	func profile(w http.ResponseWriter, r *http.Request) {
//		if r.Header.Get("Authorization") == "" {
//			http.Error(w, "unauthorized", http.StatusUnauthorized)
//			return
//		}
//	}
//
// reports: 401 response without WWW-Authenticate header; set it to the
// auth scheme first, e.g. w.Header().Set("WWW-Authenticate", "Bearer")
//
// Right:
//
//	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
//	http.Error(w, "unauthorized", http.StatusUnauthorized)
//
// The header must be set on every path to the 401: set in only one branch
// of an if, it is reported. It may be set by the handler, through
// h := w.Header(), by w.Header()["Www-Authenticate"] = ..., or by a helper
// in any package (requireAuth(w) that sets it, respond.Error(w, 401, msg)
// that sets it when the status is 401).
//
// A 401 whose status is passed to a helper (respond.Error(w, 401, "x")) is
// reported at the call; a 401 a helper writes on its own
// (respond.Unauthorized(w)) is reported inside the helper.
//
// A 401 that travels is found where it is chosen: an error that carries
// it (apperr.Unauthorized(msg)) handed to a central writer that never sets
// the header is reported once per writer, at the first call, with the
// other calls related (the fix goes in the writer); a 401 returned to an
// echo or fiber error handler installed in the package is fine when that
// handler sets the header for 401 (if code == 401 { ... }), and reported
// once, where the handler is installed, when it does not.
//
// A huma handler answers with what it returns: return nil,
// huma.Error401Unauthorized(msg) is reported unless the error is wrapped in
// huma.ErrorWithHeaders(err, http.Header{"WWW-Authenticate": {...}}) (or an
// output with Status 401 sets a header:"WWW-Authenticate" field). An
// oapi-codegen strict handler's return of a generated 401 type that sets
// no challenge is reported at the return, with the fix where it belongs:
// declare the header for that response in the spec, and regenerate.
//
// Not reported: a path where a helper may have set the header, a response
// handed to code statuslint cannot see before the 401, a status that is not
// a known constant; a handler in a _test.go file (a
// test double answers a test, not a client).
//
// When the 401 is written under a condition that names what a known client
// may do (a role, an owner, a permission, a scope, a feature switch, a
// CSRF nonce: if !u.IsAdmin), or with a text that says the client is
// refused what it may do (http.Error(w, "not allowed", 401); "forbidden",
// "permission denied", "access denied"), the message adds that 403 may be
// the right status: a challenge does not help a client who is already
// identified.
// Not when the same write sends 403 too (status := 401; if u != nil {
// status = 403 }): the handler already tells the two apart.
//
// The same check repeated in many handlers of a package (u, ok :=
// c.Get("user").(*User); if !ok { 401 }, or err from one session helper) is
// usually a defensive one behind an auth middleware: it is reported once,
// at the first, with the others as related places. A check given what the
// request brings (tokens.Verify(ctx, tok) with tok from a header) is each
// handler's own, and each is reported.
//
// A 401 an app's error handler writes for the errors handlers return (an
// echo HTTPErrorHandler, a fiber ErrorHandler, a gin middleware writing
// what handlers record with c.Error) is reported once, where that handler
// is installed; one a central writer writes, once, at its first caller.
//
// # Suppressing
//
// Where a finding is wrong for a reason the analysis cannot see, say so on
// its line or the line above; the reason is required:
//
//	//statuslint:ignore wwwauthenticate the reason
package wwwauthenticate
