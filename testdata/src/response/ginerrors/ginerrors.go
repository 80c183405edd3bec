// Package ginerrors: handlers record errors with c.Error and a middleware
// writes them; a 401 it writes without a challenge is reported once,
// where the middleware is installed.
package ginerrors

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
		if len(c.Errors) == 0 {
			return
		}
		err := c.Errors.Last().Err
		c.JSON(statusOf(err), gin.H{"error": err.Error()})
	}
}

func Router() *gin.Engine { // want Router:`router under ""`
	r := gin.New()
	g := r.Group("/carts", Errors())
	g.GET("", cart)
	g.DELETE("", clear)
	return r
}

func cart(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		_ = c.Error(apperr.Unauthorized("sign in"))
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}

func clear(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.Error(apperr.Unauthorized("sign in"))
		return
	}
	c.Status(http.StatusNoContent)
}
