package gin

import (
	"net/http"

	"example.com/callback"
	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

func setFirst(c *gin.Context) {
	c.Header("WWW-Authenticate", `Bearer realm="api"`)
	c.AbortWithStatus(http.StatusUnauthorized)
}

func viaWriter(c *gin.Context) {
	c.Writer.Header().Set("WWW-Authenticate", "Basic")
	c.JSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
}

func viaHeaderVar(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("WWW-Authenticate", "Basic")
	c.AbortWithStatus(http.StatusUnauthorized)
}

func viaMapIndex(c *gin.Context) {
	c.Writer.Header()["Www-Authenticate"] = []string{"Basic"}
	c.AbortWithStatus(http.StatusUnauthorized)
}

func lowerCase(c *gin.Context) {
	c.Writer.Header().Add("www-authenticate", "Basic")
	c.String(http.StatusUnauthorized, "unauthorized")
}

// Set on both branches before they join.
func bothBranches(c *gin.Context) {
	if c.Query("basic") != "" {
		c.Header("WWW-Authenticate", "Basic")
	} else {
		c.Header("WWW-Authenticate", "Bearer")
	}
	c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
}

// c.Status only records the 401: the header set after it still goes out.
func statusThenHeader(c *gin.Context) {
	c.Status(http.StatusUnauthorized)
	c.Header("WWW-Authenticate", "Bearer")
}

// Helpers in another package: one sets the header, one writes the 401
// with it, one sets it when the status is 401.
func viaHelpers(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		ginhelp.Challenge(c)
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	if c.GetHeader("X-Token") == "" {
		ginhelp.Reject(c)
		return
	}
	ginhelp.AuthError(c, http.StatusUnauthorized, "expired")
}

// Not a 401.
func forbidden(c *gin.Context) {
	c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "forbidden"})
}

// A status the model cannot name.
func unknownStatus(c *gin.Context, code int) {
	c.AbortWithStatus(code)
}

// The rest of the chain ran first: it may have set the header.
func afterNext(c *gin.Context) {
	c.Next()
	if c.GetString("user") == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

// The writer went to code the model cannot see.
func afterProxy(c *gin.Context, next http.Handler) {
	ginhelp.Proxy(c, next)
	c.AbortWithStatus(http.StatusUnauthorized)
}

func goodRoutes(r *gin.Engine) {
	r.Use(func(c *gin.Context) {
		if c.GetHeader("Authorization") == "" {
			c.Header("WWW-Authenticate", `Bearer realm="api"`)
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	})
}

// The handler sets the challenge before the helper runs the literal.
func challengedBeforeCallback(c *gin.Context) {
	c.Header("WWW-Authenticate", `Bearer realm="api"`)
	callback.WithID(c, "id", func(id uint) {
		if id == 0 {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.JSON(http.StatusOK, nil)
	})
}

// The helper sets it before it runs the literal.
func challengedByHelper(c *gin.Context) {
	callback.Challenged(c, func() {
		c.AbortWithStatus(http.StatusUnauthorized)
	})
}

// An outer literal sets it before the inner one runs.
func challengedInOuter(c *gin.Context) {
	callback.Run(func() {
		c.Header("WWW-Authenticate", "Bearer")
		callback.WithID(c, "id", func(id uint) {
			c.AbortWithStatus(http.StatusUnauthorized)
		})
	})
}
