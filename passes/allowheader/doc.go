// Package allowheader defines an Analyzer that reports 405 responses
// without an Allow header.
//
// # Analyzer allowheader
//
// allowheader: report 405 responses without an Allow header
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
// methods first, e.g. w.Header().Set("Allow", "GET, HEAD")
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
// Not reported: a path where a helper may have set the header, a response
// handed to code statuslint cannot see before the 405, a status that is not
// a known constant. Go 1.22 method patterns ("POST /items") make
// http.ServeMux answer 405 with Allow itself; those responses are not in
// your code and never reported.
//
// # Suppressing
//
// Where a finding is wrong for a reason the analysis cannot see, say so on
// its line or the line above; the reason is required:
//
//	//statuslint:ignore allowheader the reason
package allowheader
