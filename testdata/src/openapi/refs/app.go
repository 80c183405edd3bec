// Package refs serves an API whose spec gives its path items by $ref: a
// file, a pointer into a file, a pointer into the spec itself.
package refs

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func Routes() *gin.Engine {
	r := gin.New()
	v1 := r.Group("/v1")
	v1.GET("/items", listItems)
	v1.GET("/items/:id", getItem)
	v1.DELETE("/items/:id", deleteItem)
	return r
}

func listItems(c *gin.Context) {
	c.JSON(http.StatusOK, []string{})
}

func getItem(c *gin.Context) {
	if c.Param("id") == "" {
		c.AbortWithStatus(http.StatusNotFound) // undeclared by paths/items.yaml
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}

func deleteItem(c *gin.Context) {
	if c.Param("id") == "locked" {
		c.AbortWithStatus(http.StatusLocked) // undeclared: the delete beside the $ref replaces the one with a default
		return
	}
	c.Status(http.StatusNoContent)
}
