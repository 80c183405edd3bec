// Package ginx holds the gin helpers the gin services share.
package ginx

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

// Fail aborts the request with an error body and the given status. The
// caller sets any header the status needs.
func Fail(c *gin.Context, status int, msg string) {
	c.AbortWithStatusJSON(status, gin.H{"error": msg})
}

// OK sends the v1 mobile envelope; the app reads "success".
func OK(c *gin.Context, body gin.H) {
	c.JSON(http.StatusOK, body)
}

// Unauthorized aborts with 401 and the bearer challenge.
func Unauthorized(c *gin.Context, msg string) {
	c.Header("WWW-Authenticate", `Bearer realm="orders"`)
	c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": msg}) // LOOKALIKE(wwwauthenticate): [crosspkg] the helper sets the challenge first
}

// BindJSON binds the request body into v.
func BindJSON(c *gin.Context, v any) error {
	if err := c.ShouldBindJSON(v); err != nil {
		return fmt.Errorf("binding request body: %w", err)
	}
	return nil
}

// ParamID parses a numeric path parameter.
func ParamID(c *gin.Context, name string) (int64, error) {
	return strconv.ParseInt(c.Param(name), 10, 64)
}
