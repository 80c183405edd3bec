package gin

import (
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

func create(c *gin.Context) {
	if c.Request.Method != http.MethodPost {
		c.AbortWithStatus(http.StatusMethodNotAllowed) // want `405 response without Allow header; set it to the allowed methods first, e\.g\. c\.Header\("Allow", "POST"\)`
		return
	}
}

func withBody(ctx *gin.Context) {
	if ctx.Request.Method != http.MethodGet {
		ctx.JSON(http.StatusMethodNotAllowed, gin.H{"error": "method not allowed"}) // want `405 response without Allow header; set it to the allowed methods first, e\.g\. ctx\.Header\("Allow", "GET"\)`
		return
	}
}

// Allow set in one branch of an if, 405 written after the join.
func oneBranch(c *gin.Context) {
	if c.Request.Method == http.MethodPut {
		c.Header("Allow", "GET, HEAD")
	}
	c.String(http.StatusMethodNotAllowed, "method not allowed") // want `405 response without Allow header`
}

// c.Status records the 405; nothing sets Allow before the handler ends.
func statusOnly(c *gin.Context) {
	c.Status(http.StatusMethodNotAllowed) // want `405 response without Allow header`
}

// Another header, not Allow.
func wrongHeader(c *gin.Context) {
	c.Header("Accept", "application/json")
	c.AbortWithStatusJSON(http.StatusMethodNotAllowed, gin.H{"error": "use POST"}) // want `405 response without Allow header`
}

func methodSwitch(c *gin.Context) {
	switch c.Request.Method {
	case http.MethodGet:
		c.JSON(http.StatusOK, gin.H{"ok": true})
	default:
		c.AbortWithStatus(http.StatusMethodNotAllowed) // want `405 response without Allow header`
	}
}

// A response helper in another package given the 405.
func viaHelper(c *gin.Context) {
	ginhelp.Error(c, http.StatusMethodNotAllowed, "method not allowed") // want `405 response without Allow header`
}

type api struct{}

func (a *api) item(c *gin.Context) {
	if c.Request.Method != http.MethodGet {
		c.AbortWithStatus(http.StatusMethodNotAllowed) // want `405 response without Allow header`
	}
}

func routes(r *gin.Engine) {
	r.Any("/things", func(c *gin.Context) {
		if c.Request.Method != http.MethodGet {
			c.JSON(http.StatusMethodNotAllowed, gin.H{"error": "method not allowed"}) // want `405 response without Allow header`
			return
		}
		c.JSON(http.StatusOK, gin.H{"things": nil})
	})
}
