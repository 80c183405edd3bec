// Package ginerrors: the middleware answers an error of no known kind with
// 500; a bind error recorded as it is reaches it.
package ginerrors

import (
	"errors"
	"net/http"
	"strconv"

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

func ErrorMiddleware(c *gin.Context) {
	c.Next()
	if len(c.Errors) == 0 {
		return
	}
	err := c.Errors[0].Err
	c.JSON(statusOf(err), gin.H{"error": err.Error()})
}

type item struct{ Name string }

func create(c *gin.Context) {
	var it item
	if err := c.ShouldBindJSON(&it); err != nil {
		_ = c.Error(err) // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(binding the request\)`
		return
	}
	if it.Name == "" {
		_ = c.Error(apperr.BadRequest("name required"))
		return
	}
	c.JSON(http.StatusCreated, it)
}

func get(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		_ = c.Error(apperr.BadRequest("bad id"))
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": id})
}

func Router() *gin.Engine {
	r := gin.New()
	r.Use(ErrorMiddleware)
	r.POST("/items", create)
	r.GET("/items/:id", get)
	return r
}

// The error is recorded for logging; the handler answers itself.
func update(c *gin.Context) {
	var it item
	if err := c.ShouldBindJSON(&it); err != nil {
		c.Error(err)
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.Status(http.StatusNoContent)
}
