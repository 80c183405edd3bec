// Package drift serves an API that drifts from openapi.yaml in every way
// -openapi reports: a status the spec does not declare, a route it does
// not document, an operation no route serves; and matches it elsewhere
// through a 4XX range, a default response and a servers base path.
package drift

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

var errTaken = errors.New("taken")

func Routes() *gin.Engine {
	r := gin.New()
	v1 := r.Group("/v1")
	v1.GET("/items/:id", getItem)
	v1.POST("/items", createItem)
	v1.DELETE("/items/:id", deleteItem)
	v1.PUT("/items/:id", putItem) // undocumented
	return r
}

func getItem(c *gin.Context) {
	if c.Param("id") == "" {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	if c.Query("x") != "" {
		c.AbortWithStatus(http.StatusInternalServerError) // undeclared: the spec has 200 and 404
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}

func createItem(c *gin.Context) {
	var in struct{ Name string }
	if err := json.NewDecoder(c.Request.Body).Decode(&in); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if in.Name == "taken" {
		c.AbortWithStatus(http.StatusConflict) // declared by 4XX
		return
	}
	c.JSON(http.StatusCreated, in)
}

func deleteItem(c *gin.Context) {
	if c.Param("id") == "locked" {
		c.AbortWithStatus(http.StatusLocked) // declared by default
		return
	}
	c.Status(http.StatusNoContent)
}

// putItem's route is not in the spec.
func putItem(c *gin.Context) {
	c.Status(http.StatusNoContent)
}
