package central

import (
	"example.com/reasonerr"
	"example.com/reasonresp"
	"github.com/gin-gonic/gin"
)

// The conflict answered 409.
func signupGood(c *gin.Context) {
	if emailTaken(c.PostForm("email")) {
		reasonresp.Handle(c, reasonerr.New(409, ReasonEmailDuplicate), nil)
		return
	}
}

// A reason that names no conflict: a malformed address is a 400.
func verify(c *gin.Context) {
	if c.PostForm("email") == "" {
		reasonresp.Handle(c, reasonerr.BadRequest(ReasonEmailInvalid), nil)
		return
	}
	if c.PostForm("tag") == "" {
		reasonresp.Handle(c, reasonerr.BadRequest("tag.required"), nil)
		return
	}
}

// A conflict's name on a 404: not badrequest's business.
func tag(c *gin.Context) {
	if c.Param("name") == "" {
		reasonresp.Handle(c, reasonerr.NotFound(ReasonTagNotFound), nil)
		return
	}
	reasonresp.Handle(c, reasonerr.NotFound(ReasonTagAlreadyExist), nil)
}

// A service called with a conflict's name as data, not as the reason of
// an error it builds: what it returns is its own.
func lookupTag(name string) error {
	if name == "" {
		return reasonerr.BadRequest("tag.required")
	}
	return nil
}

func checkTag(c *gin.Context) {
	if err := lookupTag(ReasonTagAlreadyExist); err != nil {
		reasonresp.Handle(c, err, nil)
		return
	}
}

// Acting on what was deleted: the thing is not there, no conflict.
func vote(c *gin.Context) {
	if c.Param("id") == "" {
		reasonresp.Handle(c, reasonerr.BadRequest(ReasonObjectAlreadyDeleted), nil)
		return
	}
}
