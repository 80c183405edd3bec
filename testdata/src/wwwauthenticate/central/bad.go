// Package central: a gin service's auth middleware hands a 401 built by
// an error package without net/http to the central writer, which never
// sets the challenge.
package central

import (
	"example.com/reasonerr"
	"example.com/reasonresp"
	"github.com/gin-gonic/gin"
)

func token(c *gin.Context) string { return c.GetHeader("Authorization") }

func mustLogin(c *gin.Context) {
	if token(c) == "" {
		reasonresp.Handle(c, reasonerr.Unauthorized("base.unauthorized"), nil) // want `^401 response without WWW-Authenticate header: Handle writes the status its error carries and never sets WWW-Authenticate; .*\(and 1 more through the same writer\)$`
		c.Abort()
		return
	}
	c.Next()
}

func mustKey(c *gin.Context) {
	if c.GetHeader("X-Api-Key") == "" {
		reasonresp.Handle(c, reasonerr.Unauthorized("base.unauthorized").WithMsg("api key required"), nil)
		c.Abort()
		return
	}
	c.Next()
}
