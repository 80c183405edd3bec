// Package ginerrorsgood: the middleware sets the challenge for a 401, or
// the handler does before recording the error.
package ginerrorsgood

import (
	"errors"
	"net/http"

	"example.com/apperr"
	"github.com/gin-gonic/gin"
)

func statusOf(err error) int {
	var ae *apperr.Error
	if errors.As(err, &ae) {
		return ae.Status
	}
	return http.StatusInternalServerError
}

func Errors() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Next()
		if len(c.Errors) == 0 || c.Writer.Written() {
			return
		}
		err := c.Errors.Last().Err
		status := statusOf(err)
		if status == http.StatusUnauthorized {
			c.Header("WWW-Authenticate", `Bearer realm="shop"`)
		}
		c.AbortWithStatusJSON(status, gin.H{"error": err.Error()})
	}
}

func Router() *gin.Engine {
	r := gin.New()
	r.Use(Errors())
	r.GET("/me", me)
	return r
}

func me(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		_ = c.Error(apperr.Unauthorized("sign in"))
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}
