// Package clienterror defines an Analyzer that reports 5xx responses to
// errors the client caused.
//
// # Analyzer clienterror
//
// clienterror: report 5xx statuses sent for errors caused by client input
//
// A 500 tells the client the server failed: wait and retry. It pages the
// on-call and counts against the error budget. When the error came from the
// request itself — a body that does not decode, a path parameter that does
// not parse, a form that does not validate — retrying can never work, and
// the client needs a 4xx that says what to fix.
//
// Wrong:
//
//	var req createRequest
//	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
//		http.Error(w, err.Error(), http.StatusInternalServerError)
//		return
//	}
//
// reports: 500 (http.StatusInternalServerError) for an error caused by
// client input (decoding the request body); use 400 (http.StatusBadRequest)
//
// Right:
//
//	http.Error(w, err.Error(), http.StatusBadRequest)
//
// The origin of the error is traced from the error path back to the call
// that produced it: decoding the request body (encoding/json, encoding/xml),
// parsing request values (strconv, time, uuid, url) taken from r, r.ParseForm,
// validators (go-playground/validator, a Validate() method), and helpers in
// any package that return such errors (a decodeJSON(r, &v) error helper),
// including through fmt.Errorf("...: %w", err). The status may be written
// directly, kept in a variable (status = 500 in the error branch, written
// after the branches join), or passed to a helper (respond.Error(w, 500, ...)).
// A helper that sends every error as 500 (respond.Internal(w, err)) is
// reported at the call that hands it a client error.
//
// The 5xx may come from elsewhere: a central writer given the parser's
// error (respondErr(w, err) whose cases test only the application's own
// errors, and so answers it with its final 500), the error returned raw
// to echo's or fiber's error handler (500 for an error that is none of
// theirs) or to a handler type whose ServeHTTP writes it, a constructor
// (apperr.Internal(err)), a mapper's case for a parser's error type.
//
// huma middleware reads the request through huma.Context: a
// huma.WriteErr(api, ctx, 500, ...) after parsing ctx.Query("page") is
// reported. A handler without a writer writes at its return: an
// oapi-codegen strict handler's return CreateUser500JSONResponse{...} after
// its body failed Validate() is reported there; so is a huma handler's
// 5xx (huma.Error500InternalServerError, or a plain return nil, err, which
// huma answers with 500) for an error of the client's input. A huma
// handler's input fields are validated against the operation's schema
// before it runs: parsing one (strconv.Atoi(in.ID)) is not client input.
//
// Not reported: 5xx after a database, network or filesystem failure, or an
// error whose origin statuslint cannot trace (a function it cannot see, a
// variable assigned in several ways). Only what the client sent is client
// input: the body, form, query, path, headers and cookies, and values
// derived from them. Parsing data the server stored or fetched is a server
// fault even when it was looked up with the request's context or a client's
// key (s.store.GetSetting(r.Context(), key), a cache read), as is parsing a
// value a middleware stored (r.Context().Value(k), gin's c.MustGet, echo's
// c.Get, fiber's c.Locals) or an upstream's *http.Response. An error whose
// client-side origin comes from its name alone (ErrInvalidWindow) is the
// client's only when the call that returned it was given client input.
//
// # Suppressing
//
// Where a finding is wrong for a reason the analysis cannot see, say so on
// its line or the line above; the reason is required:
//
//	//statuslint:ignore clienterror the reason
package clienterror
