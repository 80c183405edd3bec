package central

import (
	"example.com/reasonerr"
	"example.com/reasonresp"
	"github.com/gin-gonic/gin"
)

// A 403 is not a 401.
func mustAdmin(c *gin.Context) {
	if c.GetHeader("X-Role") != "admin" {
		reasonresp.Handle(c, reasonerr.Forbidden("base.forbidden"), nil)
		c.Abort()
		return
	}
	c.Next()
}

// The challenge set before the writer runs.
func mustLoginGood(c *gin.Context) {
	if token(c) == "" {
		c.Header("WWW-Authenticate", `Bearer realm="api"`)
		reasonresp.Handle(c, reasonerr.Unauthorized("base.unauthorized"), nil)
		c.Abort()
		return
	}
	c.Next()
}

// No error: the writer's 200, not the 401 some other error carries.
func me(c *gin.Context) {
	if token(c) == "" {
		reasonresp.Handle(c, nil, nil)
		return
	}
	reasonresp.Handle(c, nil, gin.H{"name": "me"})
}

func check(s string) error { return nil }

// An error of no known status: which case the writer takes is not known.
func profile(c *gin.Context) {
	if err := check(token(c)); err != nil {
		reasonresp.Handle(c, err, nil)
		return
	}
}
