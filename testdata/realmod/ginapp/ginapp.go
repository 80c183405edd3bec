// Package ginapp is a gin API with the mistakes statuslint reports.
package ginapp

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type createUser struct {
	Email string `json:"email" binding:"required"`
}

func Register(r *gin.Engine) {
	r.POST("/users", func(c *gin.Context) {
		var in createUser
		if err := c.ShouldBindJSON(&in); err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // clienterror
			return
		}
		c.JSON(http.StatusCreated, in)
	})
	r.GET("/me", func(c *gin.Context) {
		if c.GetHeader("Authorization") == "" {
			c.AbortWithStatus(http.StatusUnauthorized) // wwwauthenticate
			return
		}
		c.JSON(http.StatusOK, gin.H{"success": false, "error": "quota"}) // successonerror
	})
	r.GET("/items", func(c *gin.Context) {
		if c.Query("page") == "" {
			c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "page required"}) // missingreturn
		}
		c.JSON(http.StatusOK, []string{})
	})
}
