// Package badrequest defines an Analyzer that reports 400 responses where
// 409 or 422 says what happened.
//
// # Analyzer badrequest
//
// badrequest: report 400 where 409 Conflict or 422 Unprocessable Entity fits
//
// 400 (Bad Request) means the request is malformed: the client must fix
// its syntax. A request that is well-formed but conflicts with the state of
// the server (the email is taken, the version is stale) is a 409 (Conflict):
// the client should fetch the current state and try again. A request that
// decoded fine but fails validation is a 422 (Unprocessable Entity): the
// client must change the values, not the format. Clients branch on these.
//
// Wrong:
//
//	switch {
//	case errors.Is(err, store.ErrDuplicate):
//		http.Error(w, "email already registered", http.StatusBadRequest)
//	}
//
// reports: 400 (http.StatusBadRequest) for a conflict (store.ErrDuplicate);
// use 409 (http.StatusConflict)
//
// Right:
//
//	case errors.Is(err, store.ErrDuplicate):
//		http.Error(w, "email already registered", http.StatusConflict)
//
// A conflict is recognised from the error path: errors.Is, == or a type
// switch on a sentinel or error type named like a conflict (ErrDuplicate,
// ErrAlreadyExists, ErrVersionMismatch, fs.ErrExist), a unique-violation
// code compared with the driver's error (Postgres "23505", MySQL 1062), an
// error a helper in any package returns that is one of these; or from the
// response itself, a constant message such as "user already exists" in the
// body or in the error the status goes with (c.AbortWithError(400,
// errors.New("user already exists")), echo.NewHTTPError(400, "email already
// taken"), written by an error middleware or handler).
//
// A validation failure is an error from go-playground/validator, a
// Validate() method (its result an error, or error-like: a localized error
// whose Error method returns one), or a sentinel named like
// ErrInvalidInput, on a request that decoded without error. A value from the URL (its path, its query, a
// route parameter), a header or a cookie that fails such a check makes the
// request malformed (a WebDAV Timeout header that does not parse), and 400
// is right for it: 422 is about content that parsed.
//
// # Options
//
// -badrequest.validation=422 (the default) reports 400 for validation
// failures and suggests 422. Teams whose convention is 400 for every client
// input error set -badrequest.validation=400: validation failures are then
// left alone, and only conflicts are reported.
//
// The 400 may be chosen away from the write: by a constructor
// (apperr.BadRequest(msg) after errors.Is(err, store.ErrDuplicate), reported
// at the call), or by a mapper or table of any package (case
// errors.Is(err, ErrDuplicate): return 400; CodeDuplicate: 400), reported
// once, at the case, in the mapper's package, whoever writes what it gives.
//
// An error may say what it is about itself: a constructor of an error
// package whose errors carry their status, given a reason constant named
// like a conflict or a message that says one
// (errors.BadRequest(reason.EmailDuplicate), apperr.New(400, "user already
// exists")), builds a 400 about a conflict. It is reported at the
// constructor, where the status is chosen: in the handler, or in the
// service that returns the error (in a package that need not import
// net/http), once, whoever writes it. A reason named otherwise
// (reason.EmailInvalid) says nothing: it may be about the server's own data.
//
// The status may be chosen by returning it: huma.Error400BadRequest(msg)
// or huma.NewError(400, ...) in a huma handler, CreateUser400JSONResponse
// in an oapi-codegen strict handler.
//
// Not reported: 400 when decoding, parsing or binding the request failed
// (malformed input: 400 is right), and 400 for an error statuslint cannot
// trace. 422 is for a body: a failed check in a handler registered only
// for GET, HEAD, DELETE or OPTIONS (its query or path parameters), or of
// one value with validator's Var, is malformed input, and 400 is right;
// so is a failed check of a value from the URL, a header or a cookie,
// and of an element of a list made from one (for _, s := range
// strings.Split(c.Query("events"), ",") { Event(s).Validate() }).
// An error's name is weak evidence: ErrConflictingOptions is not a
// conflict (only names ending in conflict are), and an error called
// ErrInvalidX or ErrValidation counts as failed validation only when the
// call that returned it was given something the client sent.
//
// # Suppressing
//
// Where a finding is wrong for a reason the analysis cannot see, say so on
// its line or the line above; the reason is required:
//
//	//statuslint:ignore badrequest the reason
package badrequest
