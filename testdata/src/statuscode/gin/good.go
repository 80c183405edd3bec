package gin

import (
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

// Constants and literals in range (literal mode is not on for these
// fixtures).
func (s *server) ok(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"ok": true})
	c.String(404, "not found")
	c.Redirect(http.StatusSeeOther, "/")
	ginhelp.Error(c, http.StatusTeapot, "teapot")
}

// A named constant of the application, in range.
const statusClientClosed = 499

func clientClosed(c *gin.Context) {
	c.AbortWithStatus(statusClientClosed)
}

// A status the model cannot name.
func unknownStatus(c *gin.Context, code int) {
	c.AbortWithStatus(code)
}

// 0 means "not chosen yet" and is replaced before the write.
func sentinel(c *gin.Context) {
	status := 0
	if c.Query("created") != "" {
		status = http.StatusCreated
	}
	if status == 0 {
		status = http.StatusOK
	}
	c.Status(status)
}

// The status gin recorded, read back.
func current(c *gin.Context) {
	c.JSON(c.Writer.Status(), gin.H{"ok": true})
}

func goodRoutes(r *gin.Engine) {
	r.GET("/x", func(c *gin.Context) {
		c.JSON(http.StatusOK, gin.H{"ok": true})
	})
}
