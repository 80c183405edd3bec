// Package clean serves the API openapi.json documents: no drift.
package clean

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
	v1.PUT("/items/:id", putItem)
	return r
}

func getItem(c *gin.Context) {
	if c.Param("id") == "" {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	if c.Query("x") != "" {
		c.AbortWithStatus(http.StatusInternalServerError)
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

func putItem(c *gin.Context) {
	c.Status(http.StatusNoContent)
}
