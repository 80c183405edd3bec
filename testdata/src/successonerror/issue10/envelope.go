// Package issue10: a helper that sends every error with 200 is reported
// once, in the helper, with its calls as related places.
package issue10

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

func respondFail(c *gin.Context, code int, msg string) {
	c.JSON(http.StatusOK, gin.H{"success": false, "code": code, "msg": msg}) // want `error response sent with status 200 \(http.StatusOK\)`
}

func check() error { return errors.New("x") }

func h1(c *gin.Context) {
	if err := check(); err != nil {
		respondFail(c, 400, "bad")
		return
	}
	c.JSON(200, gin.H{"success": true})
}

func h2(c *gin.Context) {
	if err := check(); err != nil {
		respondFail(c, 404, "missing")
		return
	}
	c.JSON(200, gin.H{"success": true})
}

// A status chosen at the call is reported at the call.
func fail(c *gin.Context, code int, msg string) {
	c.JSON(code, gin.H{"success": false, "msg": msg})
}

func h3(c *gin.Context) {
	if err := check(); err != nil {
		fail(c, http.StatusOK, "bad") // want `error response sent with status 200`
		return
	}
}
