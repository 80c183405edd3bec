// Package central: errors built by a constructor that name a conflict in
// their reason, answered 400 through the central writer.
package central

import (
	"net/http"

	"example.com/reasonerr"
	"example.com/reasonresp"
	"github.com/gin-gonic/gin"
)

// Reason keys, as a service's reason package holds them.
const (
	ReasonEmailDuplicate  = "email.duplicate"
	ReasonTagAlreadyExist = "tag.already_exist"
	ReasonEmailInvalid    = "email.invalid"
	ReasonTagNotFound     = "tag.not_found"

	ReasonObjectAlreadyDeleted = "object.already_deleted"
)

func emailTaken(email string) bool { return false }

func signup(c *gin.Context) {
	var in struct{ Email string }
	if reasonresp.Bind(c, &in) {
		return
	}
	if emailTaken(in.Email) {
		reasonresp.Handle(c, reasonerr.BadRequest(ReasonEmailDuplicate), nil) // want `^400 \(http\.StatusBadRequest\) for a conflict \(central\.ReasonEmailDuplicate\); use 409 \(http\.StatusConflict\)$`
		return
	}
	reasonresp.Handle(c, nil, in)
}

// The message says it.
func invite(c *gin.Context) {
	if emailTaken(c.PostForm("email")) {
		reasonresp.Handle(c, reasonerr.New(http.StatusBadRequest, "user already exists"), nil) // want `^400 \(http\.StatusBadRequest\) for a conflict \("user already exists"\); use 409`
		return
	}
}

// A service of this package: reported where it builds the error, once,
// whoever hands it to the writer.
func AddTag(name string) error {
	if name == "go" {
		return reasonerr.BadRequest(ReasonTagAlreadyExist) // want `^400 \(http\.StatusBadRequest\) for a conflict \(central\.ReasonTagAlreadyExist\); use 409`
	}
	return nil
}

func addTag(c *gin.Context) {
	if err := AddTag(c.PostForm("name")); err != nil {
		reasonresp.Handle(c, err, nil)
		return
	}
	reasonresp.Handle(c, nil, nil)
}
