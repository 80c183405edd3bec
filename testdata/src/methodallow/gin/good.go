package gin

import (
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

func setFirst(c *gin.Context) {
	if c.Request.Method != http.MethodPost {
		c.Header("Allow", http.MethodPost)
		c.AbortWithStatus(http.StatusMethodNotAllowed)
		return
	}
}

// Through the writer's header map, directly and through a variable.
func viaWriter(c *gin.Context) {
	c.Writer.Header().Set("Allow", "GET, HEAD")
	c.JSON(http.StatusMethodNotAllowed, gin.H{"error": "method not allowed"})
}

func viaHeaderVar(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("Allow", "GET")
	c.AbortWithStatus(http.StatusMethodNotAllowed)
}

func viaMapIndex(c *gin.Context) {
	c.Writer.Header()["Allow"] = []string{"GET"}
	c.AbortWithStatus(http.StatusMethodNotAllowed)
}

// Set on both branches before they join.
func bothBranches(c *gin.Context) {
	if c.Query("write") != "" {
		c.Header("Allow", "GET, POST")
	} else {
		c.Header("Allow", "GET")
	}
	c.String(http.StatusMethodNotAllowed, "method not allowed")
}

// c.Status only records the 405: Allow set after it still goes out with it.
func statusThenHeader(c *gin.Context) {
	c.Status(http.StatusMethodNotAllowed)
	c.Header("Allow", "GET")
}

// A helper in another package sets it.
func viaAllowHelper(c *gin.Context) {
	ginhelp.Allow(c, "GET, HEAD")
	ginhelp.Error(c, http.StatusMethodNotAllowed, "method not allowed")
}

// Not a 405.
func notAllowed(c *gin.Context) {
	c.AbortWithStatus(http.StatusForbidden)
}

// A status the model cannot name.
func unknownStatus(c *gin.Context, code int) {
	c.AbortWithStatus(code)
}

// The rest of the chain ran first: it may have set the header.
func afterNext(c *gin.Context) {
	c.Next()
	if c.Writer.Status() == http.StatusNotFound {
		c.AbortWithStatus(http.StatusMethodNotAllowed)
	}
}

// The writer went to code the model cannot see.
func afterProxy(c *gin.Context, next http.Handler) {
	ginhelp.Proxy(c, next)
	c.AbortWithStatus(http.StatusMethodNotAllowed)
}

// gin sets Allow itself before it runs NoMethod handlers.
func noMethod(r *gin.Engine) {
	r.NoMethod(func(c *gin.Context) {
		c.JSON(http.StatusMethodNotAllowed, gin.H{"error": "method not allowed"})
	})
}
