// Package photos registers its handlers on the router it is given, under
// whatever prefix the caller chose (photoprism's way).
package photos

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// GetPhoto registers GET /photos/:uid.
func GetPhoto(router *gin.RouterGroup) {
	router.GET("/photos/:uid", func(c *gin.Context) {
		if c.Param("uid") == "" {
			c.AbortWithStatus(http.StatusNotFound)
			return
		}
		c.JSON(http.StatusOK, gin.H{})
	})
}

// Orphan is registered by nobody in the packages analyzed.
func Orphan(router *gin.RouterGroup) {
	router.GET("/orphan", func(c *gin.Context) { c.Status(http.StatusNoContent) })
}
