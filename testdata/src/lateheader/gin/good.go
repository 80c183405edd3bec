package gin

import (
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

// Headers first, then the body.
func (h *handler) create(c *gin.Context) {
	c.Header("Location", "/items/1")
	c.Writer.Header().Set("Cache-Control", "no-store")
	c.JSON(http.StatusCreated, gin.H{"id": 1})
}

// c.Status only records the status: gin sends it, with the headers set by
// then, on the first body byte or when the handler returns.
func statusThenHeader(c *gin.Context) {
	c.Status(http.StatusCreated)
	c.Header("Location", "/items/1")
}

func statusThenHeaderThenBody(c *gin.Context) {
	c.Status(http.StatusAccepted)
	c.Header("Location", "/jobs/42")
	c.JSON(http.StatusAccepted, gin.H{"job": 42})
}

// A helper in another package sets a header before the write.
func helperFirst(c *gin.Context) {
	ginhelp.SetRetryAfter(c, 30)
	c.AbortWithStatus(http.StatusServiceUnavailable)
}

// Trailers: declared, then set after the body.
func trailers(c *gin.Context) {
	c.Header("Trailer", "X-Checksum")
	c.Writer.Write([]byte("data"))
	c.Header("X-Checksum", "abc")
}

func trailerPrefix(c *gin.Context) {
	c.Writer.Write([]byte("data"))
	c.Writer.Header().Set(http.TrailerPrefix+"X-Checksum", "abc")
}

// A name that is not a constant.
func copyHeaders(c *gin.Context, from http.Header) {
	c.Writer.Write([]byte("data"))
	for k := range from {
		c.Writer.Header().Set(k, from.Get(k))
	}
}

// The rest of the chain ran first: the model cannot know what it wrote.
func afterNext(c *gin.Context) {
	c.Next()
	c.Header("X-Served-By", "api")
}

// Handed to code the model cannot see.
func afterProxy(c *gin.Context, next http.Handler) {
	ginhelp.Proxy(c, next)
	c.Header("X-Proxied", "1")
}

// The write and the header are on exclusive paths.
func exclusive(c *gin.Context) {
	if c.Query("cached") != "" {
		c.JSON(http.StatusOK, gin.H{"cached": true})
	} else {
		c.Header("Cache-Control", "no-store")
		c.JSON(http.StatusOK, gin.H{"cached": false})
	}
}

func goodRoutes(r *gin.Engine) {
	r.GET("/version", func(c *gin.Context) {
		c.Header("X-Version", "1")
		c.String(http.StatusOK, "1.0")
	})
}
