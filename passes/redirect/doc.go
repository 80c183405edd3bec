// Package redirect defines an Analyzer that reports redirects without a
// Location header, and 301 or 302 redirects of requests that are not GETs.
//
// # Analyzer redirect
//
// redirect: report redirects without Location, and 301/302 after POST
//
// A 301, 302, 303, 307 or 308 response tells the client to go elsewhere;
// the Location header says where. Without it a browser shows an empty page
// and an API client has nowhere to go: the redirect is a dead end.
//
// Wrong:
//
//	func moved(w http.ResponseWriter, r *http.Request) {
//		w.WriteHeader(http.StatusMovedPermanently)
//	}
//
// reports: 301 (http.StatusMovedPermanently) redirect without Location
// header; set it to the target first, e.g. w.Header().Set("Location",
// url), or use http.Redirect
//
// Right:
//
//	http.Redirect(w, r, "/new", http.StatusMovedPermanently)
//
// The header must be set on every path to the status, directly, through
// h := w.Header(), or by a helper in any package. A redirect status passed
// to a helper that does not set Location (respond.Error(w, 301, msg)) is
// reported at the call; a redirect a helper chooses on its own is reported
// inside the helper. These diagnostics have category "location".
//
// The second mistake is the redirect code. Clients follow a 301 or 302 with
// a GET, whatever the method of the request was (RFC 9110 allows it, for
// historical reasons; browsers and Go's http.Client do it), so a POST, PUT,
// PATCH or DELETE redirected with them loses its method and its body. Say
// which one is meant: 303 (See Other) sends the client to a GET of the
// result after a request that created or changed something; 307 and 308
// repeat the request, method and body, at the new URL.
//
// Wrong:
//
//	mux.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
//		startSession(w, r)
//		http.Redirect(w, r, "/", http.StatusFound)
//	})
//
// reports: 302 (http.StatusFound) redirect from a POST handler: clients
// follow it with a GET; send 303 (http.StatusSeeOther) to point them at
// the result, or 307 (http.StatusTemporaryRedirect) to keep the method
//
// Right:
//
//	http.Redirect(w, r, "/", http.StatusSeeOther)
//
// The methods of a handler come from its registrations in the package
// (Go 1.22 patterns "POST /login", chi's r.Post, gorilla's
// .Methods("PUT")) or from a guard that returns early (if r.Method !=
// http.MethodPost { ...; return }). Only a handler that serves nothing but
// POST, PUT, PATCH or DELETE is checked. These diagnostics have category
// "method".
//
// Not reported: http.Redirect, which sets Location; 304 Not Modified and
// 300 Multiple Choices, which need no Location; a path where a helper or
// code statuslint cannot see may have set Location; a status that is not a
// known constant; 303, 307 and 308 after any method; 301 and 302 in a
// handler that serves GET or whose methods are unknown.
//
// # Suppressing
//
// Where a finding is wrong for a reason the analysis cannot see, say so on
// its line or the line above; the reason is required:
//
//	//statuslint:ignore redirect the reason
package redirect
