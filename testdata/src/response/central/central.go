// Package central: handlers hand every outcome to one central writer,
// reasonresp.Handle(c, err, data), which writes the status the error
// carries, 200 for a nil error and 500 for an error of no status. What
// the call hands it tells which of those it writes.
package central

import (
	"errors"

	"example.com/reasonerr"
	"example.com/reasonresp"
	"example.com/reasonsvc"
	"github.com/gin-gonic/gin"
)

// create fails only with errors that carry a status.
func create(name string) error {
	if name == "" {
		return reasonerr.BadRequest("name.required")
	}
	if name == "admin" {
		return reasonerr.Forbidden("name.reserved")
	}
	return nil
}

// lookup fails with an error of no status.
func lookup(name string) error { return errors.New("unreachable") }

func add(c *gin.Context) {
	var in struct{ Name string }
	if reasonresp.Bind(c, &in) {
		return
	}
	// A constructor's error: its own status, none of the writer's.
	if in.Name == "x" {
		reasonresp.Handle(c, reasonerr.BadRequest("captcha.failed"), nil)
		return
	}
	if in.Name == "y" {
		reasonresp.Handle(c, reasonerr.NotFound("user.not_found").WithMsg("no such user"), nil)
		return
	}
	if in.Name == "z" {
		reasonresp.Handle(c, &reasonerr.Error{Code: 409, Reason: "name.taken"}, nil)
		return
	}
	// Tested non-nil, and every error create returns carries a status.
	if err := create(in.Name); err != nil {
		reasonresp.Handle(c, err, nil)
		return
	}
	// An error of no status: the writer's 500, or one it may not reach.
	if err := lookup(in.Name); err != nil {
		reasonresp.Handle(c, err, nil)
		return
	}
	// A sentinel that carries a status.
	if in.Name == "w" {
		reasonresp.Handle(c, reasonerr.ErrGone, nil)
		return
	}
	// No error: the writer's 200.
	reasonresp.Handle(c, nil, in)
}

// The error may be nil here: any of the writer's cases.
func rename(c *gin.Context) {
	err := create(c.Param("name"))
	reasonresp.Handle(c, err, nil)
}

// An error handed on as the interface: the constructor behind it may
// return nil as far as the call can tell.
func wrap(c *gin.Context) {
	if err := lookup(c.Param("name")); err != nil {
		reasonresp.Handle(c, reasonerr.Wrap(err), nil)
		return
	}
}

// A helper's parameter: whatever error its caller has.
func respond(c *gin.Context, err error) {
	if err != nil {
		reasonresp.Handle(c, err, nil)
		return
	}
	reasonresp.Handle(c, nil, nil)
}

// A service of another package, which cannot see net/http: the statuses
// of the errors it returns.
func register(c *gin.Context) {
	if err := reasonsvc.Create(c.Param("name")); err != nil {
		reasonresp.Handle(c, err, nil)
		return
	}
	reasonresp.Handle(c, nil, nil)
}
