// Package statuscode defines an Analyzer that reports status codes that are
// not HTTP status codes, helpers that ignore the status they are given,
// and, on request, statuses written as numbers.
//
// # Analyzer statuscode
//
// statuscode: report statuses outside 100–599 and ignored status parameters; opt-in, numeric literals
//
// HTTP status codes are three digits, and the ones a client understands lie
// between 100 and 599. net/http panics when a handler writes a status
// below 100 or above 999 (the request dies with a reset connection and a
// stack trace in the log), and sends anything in 600–999 as written, which
// clients treat as an unknown class: a proxy turns it into a 502, a browser
// into an error page, a retrying client into a guess. Such a status is
// almost always a typo (2000 for 200, 40 for 400) or a value from another
// numbering (an internal error code, a gRPC code) passed as a status.
//
// Wrong:
//
//	func create(w http.ResponseWriter, r *http.Request) {
//		w.WriteHeader(2010)
//	}
//
// reports: status 2010 is not an HTTP status code (100–599); use an
// http.Status constant
//
// Right:
//
//	w.WriteHeader(http.StatusCreated)
//
// The status is checked wherever it is chosen: the argument of
// w.WriteHeader, http.Error or http.Redirect, a constant assigned to a
// variable that reaches one (status := 2000), a constant passed to a helper
// in any package that writes its status parameter (respond.JSON(w, 2000, v)),
// or a constant a helper writes on its own (reported inside the helper).
//
// huma's DefaultStatus, an output's Status field and huma.NewError(code,
// ...) are statuses too, as is the StatusCode of an oapi-codegen default
// response.
//
// A helper given a status it never uses sends its own instead, whatever
// its callers ask for:
//
//	respondError := func(code int, text string) {
//		w.WriteHeader(http.StatusUnauthorized)
//		w.Write([]byte(text))
//	}
//	...
//	respondError(http.StatusNotFound, "user not found")
//
// reports, at the parameter: respondError never uses its parameter code:
// it sends 401 (http.StatusUnauthorized) whatever it is given, and a call
// asks for 404 (http.StatusNotFound); write code — with each call that
// asks for another status as a related place. A function, or a literal
// bound to a local variable, with an integer parameter named status, code,
// statusCode, httpStatus (and the like) that nothing reads, whose status
// writes are all constants, is reported when a call in the package passes
// a status (100–599) it never sends. Not reported: a method (it may
// implement an interface whose other implementations use the status),
// calls that pass a variable, or only statuses it sends anyway.
//
// Not reported: a status computed at run time (a variable, a parameter, a
// value returned by a function), unknown but valid codes such as 499 or
// 520, numbers that never reach a status write, and a "not chosen yet"
// value the function tests before writing (statusCode := 0 ...
// if statusCode == 0 { statusCode = http.StatusOK }).
//
// -statuscode.literals (off by default) also reports a status written as a
// number where net/http has a constant for it, and offers a fix:
//
//	http.Error(w, "no such item", 404)
//
// reports: status 404 written as a number; use http.StatusNotFound, with
// the fix "Replace 404 with http.StatusNotFound". The fix uses the name
// the file gives net/http (nethttp.StatusNotFound under an alias, a bare
// StatusNotFound where it is dot-imported), and adds the import when the
// file writes its statuses through a helper and does not import net/http;
// when a local variable named http hides the package, the report comes
// without a fix. Numbers net/http does not name (299, 499) and named
// constants of your own (const notFound = 404) are left alone, as is
// generated code. Turn it on with
//
//	statuslint -statuscode.literals ./...
//
// # Suppressing
//
// Where a finding is wrong for a reason the analysis cannot see, say so on
// its line or the line above; the reason is required:
//
//	//statuslint:ignore statuscode the reason
package statuscode
