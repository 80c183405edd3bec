// Package gin is what the model sees of gin handlers.
package gin

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func item(c *gin.Context) {
	var in struct{ Name string }
	if err := c.ShouldBindJSON(&in); err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.Status(http.StatusCreated)
	c.Header("Location", "/items/1")
	c.JSON(-1, in)
}

func writer(c *gin.Context) {
	w := c.Writer
	w.WriteHeader(http.StatusAccepted)
	w.Header().Set("X-Late", "still sent")
	c.String(http.StatusOK, "ok")
}

func noMethod(c *gin.Context) {
	c.String(http.StatusMethodNotAllowed, "no")
}

func routes(r *gin.Engine) {
	r.POST("/items", item)
	r.Handle(http.MethodPut, "/w", writer)
	r.NoMethod(noMethod)
}
