// Package reasonerr is an error package of the kind shared between
// services: errors that carry their HTTP status as a plain integer and a
// reason key, built by constructors, without importing net/http. The
// model learns what its errors carry all the same.
package reasonerr

// Error is an error with the status it is answered with.
type Error struct {
	Code    int
	Reason  string
	Message string
	Err     error
}

func (e *Error) Error() string { return e.Message }

// New builds an error of any status.
func New(code int, reason string) *Error { return &Error{Code: code, Reason: reason} } // want New:"carries r0.Code=param0"

// WithMsg and WithError return the error they are called on.
func (e *Error) WithMsg(msg string) *Error { // want WithMsg:"carries r0.Code=recv.Code"
	e.Message = msg
	return e
}

func (e *Error) WithError(err error) *Error { // want WithError:"carries r0.Code=recv.Code"
	e.Err = err
	return e
}

func BadRequest(reason string) *Error     { return New(400, reason) } // want BadRequest:"carries r0.Code=400"
func Unauthorized(reason string) *Error   { return New(401, reason) } // want Unauthorized:"carries r0.Code=401"
func Forbidden(reason string) *Error      { return New(403, reason) } // want Forbidden:"carries r0.Code=403"
func NotFound(reason string) *Error       { return New(404, reason) } // want NotFound:"carries r0.Code=404"
func InternalServer(reason string) *Error { return New(500, reason) } // want InternalServer:"carries r0.Code=500"

// Wrap hands its error on as the error interface.
func Wrap(err error) error { // want Wrap:"carries r0.Code=500"
	return InternalServer("base.unknown").WithError(err)
}

// ErrGone is a sentinel with a status.
var ErrGone = &Error{Code: 410, Reason: "base.gone"} // want ErrGone:"carries r0.Code=410"

// Not statuses: a predicate, and an integer, which without net/http in
// sight is a count as often as a status.
func IsBadRequest(err *Error) bool { return err.Code == 400 }

func CodeOf(reason string) int { return 404 }
