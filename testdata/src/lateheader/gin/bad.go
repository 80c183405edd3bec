package gin

import (
	"fmt"
	"net/http"
	"strconv"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

type Item struct {
	ID   int
	Name string
}

func load(id string) (*Item, error) { return &Item{}, nil }

type handler struct{}

// c.JSON sends the status line and the body at once: a header after it is
// dropped.
func (h *handler) get(c *gin.Context) {
	it, err := load(c.Param("id"))
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, it)
	c.Header("Cache-Control", "no-store") // want `^c\.Header\("Cache-Control", \.\.\.\) after the status was written is ignored; set headers before c\.WriteHeader or the first write$`
}

func afterString(ctx *gin.Context) {
	ctx.String(http.StatusOK, "hello")
	ctx.Header("Content-Language", "en") // want `ctx\.Header\("Content-Language", \.\.\.\) after the status was written is ignored; set headers before ctx\.WriteHeader or the first write`
}

// AbortWithStatus writes the status line now.
func afterAbort(c *gin.Context) {
	c.AbortWithStatus(http.StatusGone)
	c.Header("Retry-After", "3600") // want `c\.Header\("Retry-After", \.\.\.\) after the status was written is ignored`
}

// A body written through c.Writer sends the status with it.
func afterWriterWrite(c *gin.Context) {
	c.Writer.Write([]byte("hello"))
	c.Writer.Header().Set("Content-Type", "text/plain") // want `c\.Writer\.Header\(\)\.Set\("Content-Type", \.\.\.\) after the status was written is ignored`
}

func afterFprint(c *gin.Context) {
	fmt.Fprint(c.Writer, "hello")
	c.Writer.Header().Add("Vary", "Accept") // want `c\.Writer\.Header\(\)\.Add\("Vary", \.\.\.\) after the status was written is ignored`
}

// Deleting is as late as setting; a header alias taken after the write.
func afterData(c *gin.Context) {
	c.Data(http.StatusOK, "application/octet-stream", []byte{1})
	c.Writer.Header().Del("ETag") // want `c\.Writer\.Header\(\)\.Del\("ETag"\) after the status was written is ignored`
	h := c.Writer.Header()
	h.Set("X-Job", "42") // want `h\.Set\("X-Job", \.\.\.\) after the status was written is ignored`
}

// A response helper in another package wrote the response.
func afterHelper(c *gin.Context) {
	ginhelp.JSON(c, http.StatusAccepted, gin.H{"job": 42})
	c.Header("Location", "/jobs/42") // want `c\.Header\("Location", \.\.\.\) after the status was written is ignored`
}

// The header reads a value a call between may change: no fix.
func mutatedBetween(c *gin.Context) {
	it := &Item{}
	c.JSON(http.StatusCreated, it)
	fill(it)
	c.Header("Location", "/items/"+strconv.Itoa(it.ID)) // want `c\.Header\("Location", \.\.\.\) after the status was written is ignored`
}

func fill(it *Item) { it.ID = 7 }

// Written on one path only: still late there. No fix.
func onePath(c *gin.Context) {
	if c.Request.Method == http.MethodPost {
		c.JSON(http.StatusCreated, gin.H{"ok": true})
	}
	c.Header("X-Method", c.Request.Method) // want `c\.Header\("X-Method", \.\.\.\) after the status was written is ignored`
}

// Allow set in a loop after the 405 went out.
func allowLoop(c *gin.Context, methods []string) {
	c.AbortWithStatus(http.StatusMethodNotAllowed)
	for _, m := range methods {
		c.Writer.Header().Add("Allow", m) // want `c\.Writer\.Header\(\)\.Add\("Allow", \.\.\.\) after the status was written is ignored`
	}
}

func routes(r *gin.Engine) {
	r.GET("/version", func(c *gin.Context) {
		c.String(http.StatusOK, "1.0")
		c.Header("X-Version", "1") // want `c\.Header\("X-Version", \.\.\.\) after the status was written is ignored`
	})
}
