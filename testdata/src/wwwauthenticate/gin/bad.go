package gin

import (
	"context"
	"errors"
	"net/http"

	"example.com/callback"
	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

// The shape CASES.md names, in an auth middleware.
func AuthRequired() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetHeader("Authorization") == "" {
			c.AbortWithStatus(http.StatusUnauthorized) // want `^401 response without WWW-Authenticate header; set it to the auth scheme first, e\.g\. c\.Header\("WWW-Authenticate", "Bearer"\)$`
			return
		}
		c.Next()
	}
}

func withBody(ctx *gin.Context) {
	if ctx.GetHeader("Authorization") == "" {
		ctx.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"}) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e\.g\. ctx\.Header\("WWW-Authenticate", "Bearer"\)`
		return
	}
}

func literal(c *gin.Context) {
	c.JSON(401, gin.H{"error": "login first"}) // want `401 response without WWW-Authenticate header`
}

var errNoSession = errors.New("no session")

func withError(c *gin.Context) {
	c.AbortWithError(http.StatusUnauthorized, errNoSession) // want `401 response without WWW-Authenticate header`
}

// Set in one branch only: not on every path.
func oneBranch(c *gin.Context) {
	if c.Query("basic") != "" {
		c.Header("WWW-Authenticate", "Basic")
	}
	c.String(http.StatusUnauthorized, "unauthorized") // want `401 response without WWW-Authenticate header`
}

// The status kept in a variable.
func viaVariable(c *gin.Context) {
	status := http.StatusOK
	if c.GetHeader("Authorization") == "" {
		status = http.StatusUnauthorized
	}
	c.Status(status) // want `401 response without WWW-Authenticate header`
}

// Removed again before the write.
func deleted(c *gin.Context) {
	c.Header("WWW-Authenticate", "Bearer")
	c.Writer.Header().Del("Www-Authenticate")
	c.AbortWithStatus(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
}

// A response helper in another package given the 401: reported at the call.
func viaErrorHelper(c *gin.Context) {
	ginhelp.Error(c, http.StatusUnauthorized, "unauthorized") // want `401 response without WWW-Authenticate header`
}

// A helper of this package that writes a 401 on its own is reported inside it.
func unauthorized(c *gin.Context) {
	c.AbortWithStatus(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
}

func callsUnauthorized(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		unauthorized(c)
		return
	}
}

type server struct{}

func (s *server) profile(c *gin.Context) {
	c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"}) // want `401 response without WWW-Authenticate header`
}

func routes(r *gin.Engine) {
	admin := r.Group("/admin", func(c *gin.Context) {
		if c.GetHeader("X-Admin-Token") == "" {
			c.AbortWithStatus(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
		}
	})
	admin.GET("/stats", func(c *gin.Context) {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"}) // want `401 response without WWW-Authenticate header`
	})
}

type tokenStore struct{}

func (tokenStore) Verify(ctx context.Context, tok string) (int, error) { return 0, nil }

// The context handed to the store as a context.Context: read for its
// deadline and values, not written to.
func requireToken(store tokenStore) gin.HandlerFunc {
	return func(c *gin.Context) {
		uid, err := store.Verify(c, c.GetHeader("Authorization"))
		if err != nil {
			c.AbortWithStatus(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header`
			return
		}
		c.Set("uid", uid)
		c.Next()
	}
}

// A literal a helper runs starts where the helper is called: nothing set
// the challenge before its 401.
func profileInCallback(c *gin.Context) {
	callback.WithID(c, "id", func(id uint) {
		if id == 0 {
			c.AbortWithStatus(http.StatusUnauthorized) // want `^401 response without WWW-Authenticate header`
			return
		}
		c.JSON(http.StatusOK, nil)
	})
}
