// Package successonerror defines an Analyzer that reports error responses
// sent with a 2xx status.
//
// # Analyzer successonerror
//
// successonerror: report error responses sent with a 2xx status
//
// Clients, SDKs, retries, caches and monitoring look at the status code,
// not the body. An error written with 200 reads as success everywhere: the
// caller parses {"error": "..."} as its data, the cache stores it, the
// dashboard stays green.
//
// The explicit form writes a 2xx before an error body:
//
//	if err != nil {
//		w.WriteHeader(http.StatusOK)
//		fmt.Fprint(w, err)
//	}
//
// The implicit form writes no status at all, so net/http sends 200 with
// the first byte of the body:
//
//	if err != nil {
//		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
//		return
//	}
//
// reports: error response sent with implicit status 200: no status is
// written before the body; write the error's status first,
// e.g. w.WriteHeader(http.StatusInternalServerError)
//
// Right:
//
//	if err != nil {
//		w.WriteHeader(http.StatusInternalServerError)
//		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
//		return
//	}
//
// A body is error-shaped when it is an error or err.Error(), a map or
// struct with a non-empty "error" key or field, {"success": false}, or a
// value of a type named like ErrorResponse. A lookup that found nothing
// (if u == nil, if !ok) answered with a null body and 200 is reported too:
// the client cannot tell "not found" from "found nothing".
//
// The body may be chosen on the error path and written later, with the
// status the success path chose:
//
//	status, body := http.StatusOK, any(stats)
//	if err != nil {
//		body = ErrorBody{Message: err.Error()}
//	}
//	writeJSON(w, status, body)
//
// reports: error body chosen on an error path is sent with status 200;
// set the error's status where the body is chosen. A wrapper whose every
// value is nil ({"order": nil}) counts as a null body, and an error body a
// handler hands to a success helper (ok(c, gin.H{"success": false})) is
// reported at that call.
//
// When the error's origin is known, the message names the status that fits
// (400 for malformed input, 404 for not found, 409 for a conflict).
//
// A helper of your module that sends every error with a 2xx it chooses
// itself (respondFail(c, code, msg) writing c.JSON(200, ...)) is reported
// once, in the helper, with its calls in the package as related places;
// where the call chooses the status (fail(c, http.StatusOK, msg)), the call
// is reported.
//
// A huma handler's return &Out{}, nil and an oapi-codegen strict
// handler's return GetUser200JSONResponse{}, nil on a lookup miss are an
// empty 200 like any other: the return is the write.
//
// Not reported: a 2xx in an error branch that serves a real result (a cache
// miss that falls back to a default and serves it), an empty body on an
// error path that is no lookup miss (an empty robots.txt when the settings
// cannot be read: the resource's default), a status statuslint cannot name,
// a response handed to code it cannot see, and a 2xx for one kind of error
// the handler picked out (errors.Is(err, &IgnoredEvent{}), errors.As, a type
// switch case, err == ErrUpToDate) unless the kind is known to be a failure
// (store.ErrNotFound, a conflict) or the error it narrows is (binding the
// request body): the handler decided what that kind means.
//
// # Suppressing
//
// Where a finding is wrong for a reason the analysis cannot see, say so on
// its line or the line above; the reason is required:
//
//	//statuslint:ignore successonerror the reason
package successonerror
