// Package swagger serves an API documented by a Swagger 2.0 document, as
// swag writes it: paths under basePath, response codes as YAML integers.
package swagger

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

func Routes() *gin.Engine {
	r := gin.New()
	api := r.Group("/api/v2")
	api.GET("/items/:id", getItem)
	api.POST("/items", createItem)
	return r
}

func getItem(c *gin.Context) {
	if c.Param("id") == "" {
		c.AbortWithStatus(http.StatusNotFound) // undeclared: the spec has 200
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
	c.JSON(http.StatusCreated, in)
}
