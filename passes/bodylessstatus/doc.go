// Package bodylessstatus defines an Analyzer that reports a body written
// after a status that cannot have one.
//
// # Analyzer bodylessstatus
//
// bodylessstatus: report a body written after 204, 304 or 101
//
// A 204 (No Content), 304 (Not Modified) or 101 (Switching Protocols)
// response has no body. net/http refuses the write: Write returns
// http.ErrBodyNotAllowed, which handlers rarely check, and the bytes never
// reach the client. The handler meant to send something (an item, an
// explanation) and the client gets nothing; or the status is the mistake
// and the client, told there is no content, ignores the data.
//
// Wrong:
//
//	func update(w http.ResponseWriter, r *http.Request) {
//		w.WriteHeader(http.StatusNoContent)
//		json.NewEncoder(w).Encode(item)
//	}
//
// reports: body written after 204 (http.StatusNoContent), which cannot have
// one; drop the body or send 200
//
// Right: send 200 with the body, or 204 without one:
//
//	w.WriteHeader(http.StatusOK)
//	json.NewEncoder(w).Encode(item)
//
// The status may be written directly, kept in a variable, or written by a
// helper in any package (respond.JSON(w, http.StatusNoContent, item) is
// reported at the call).
//
// Not reported: a body after a status that may be another one on some path
// (status := 200; if empty { status = 204 }; w.WriteHeader(status); if
// !empty { w.Write(data) }); an empty body (w.Write(nil)); a body after an
// informational 1xx such as 103 Early Hints, which net/http sends at once,
// the body then going out with an implicit 200; a body after the response
// was handed to code statuslint cannot see; a status that is not a known
// constant; a write by a helper that writes on some paths only.
//
// Known false positive: an empty body spelled []byte{}, []byte("") or ""
// is reported, though net/http accepts an empty write after any status;
// write nil instead (w.Write(nil)), or nothing.
//
// # Suppressing
//
// Where a finding is wrong for a reason the analysis cannot see, say so on
// its line or the line above; the reason is required:
//
//	//statuslint:ignore bodylessstatus the reason
package bodylessstatus
