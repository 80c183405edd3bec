// Package reasonresp is the central writer of a gin service: every
// handler hands it the error (or nil) and the data, and it writes the
// status the error carries, 200 for none, 500 for an error of no status.
package reasonresp

import (
	"errors"
	"net/http"

	"example.com/reasonerr"
	"github.com/gin-gonic/gin"
)

type body struct {
	Code   int    `json:"code"`
	Reason string `json:"reason"`
	Data   any    `json:"data"`
}

// Handle writes err's status, or 200 and data when err is nil.
func Handle(c *gin.Context, err error, data any) { // want Handle:"writer\\(0\\) sets Content-Type status=r0=200\\? r0=500\\? r0=param1.Code body"
	if err == nil {
		c.JSON(http.StatusOK, body{Code: http.StatusOK, Data: data})
		return
	}
	var e *reasonerr.Error
	if !errors.As(err, &e) {
		c.JSON(http.StatusInternalServerError, body{Code: http.StatusInternalServerError, Reason: "base.unknown"})
		return
	}
	resp := body{Code: e.Code, Reason: e.Reason}
	if data != nil {
		resp.Data = data
	}
	c.JSON(e.Code, resp)
}

// Bind binds the request and answers a malformed one with 400 itself.
func Bind(c *gin.Context, v any) bool { // want Bind:"writer\\(0\\) maybe-sets Content-Type status\\?=400 body\\?"
	if err := c.ShouldBind(v); err != nil {
		Handle(c, reasonerr.New(http.StatusBadRequest, "base.request_format_error"), nil)
		return true
	}
	return false
}
