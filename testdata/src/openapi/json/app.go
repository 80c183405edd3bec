// Package json serves an API documented in JSON, where an operation's
// position has a line and a column.
package json

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func Routes() *gin.Engine {
	r := gin.New()
	r.GET("/v1/items/:id", getItem)
	return r
}

func getItem(c *gin.Context) {
	if c.Param("id") == "" {
		c.AbortWithStatus(http.StatusNotFound) // undeclared: the spec has 200
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}
