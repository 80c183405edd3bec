package gin

import (
	"fmt"
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

type item struct{ Name string }

type handler struct{}

// gin renders no body for a 204: the item never reaches the client.
func (h *handler) update(c *gin.Context) {
	c.JSON(http.StatusNoContent, item{}) // want `^body written after 204 \(http\.StatusNoContent\), which cannot have one; drop the body or send 200$`
}

func notModified(c *gin.Context) {
	if c.GetHeader("If-None-Match") == `"v1"` {
		c.Data(http.StatusNotModified, "text/plain", []byte("not modified")) // want `body written after 304 \(http\.StatusNotModified\), which cannot have one`
		return
	}
	c.String(http.StatusOK, "data")
}

// c.Status records the 204; the write through c.Writer sends it, and
// net/http refuses the body.
func statusThenWrite(c *gin.Context) {
	c.Status(http.StatusNoContent)
	c.Writer.Write([]byte("{}")) // want `body written after 204 \(http\.StatusNoContent\)`
}

func switching(c *gin.Context) {
	c.Header("Upgrade", "websocket")
	c.Status(http.StatusSwitchingProtocols)
	fmt.Fprint(c.Writer, "hello") // want `^body written after 101 \(http\.StatusSwitchingProtocols\), which cannot have one; drop the body, or hijack the connection to speak the new protocol$`
}

// A numeric literal.
func literal(c *gin.Context) {
	c.String(204, "deleted %s", c.Param("id")) // want `body written after 204 \(http\.StatusNoContent\)`
}

// Either status forbids the body.
func eitherWay(c *gin.Context) {
	status := http.StatusNoContent
	if c.GetHeader("If-None-Match") != "" {
		status = http.StatusNotModified
	}
	c.JSON(status, gin.H{"changed": false}) // want `^body written after 204 \(http\.StatusNoContent\) or 304 \(http\.StatusNotModified\), which cannot have one either way; drop the body or send 200$`
}

// A response helper in another package given the 204: reported at the call.
func viaHelper(c *gin.Context) {
	ginhelp.JSON(c, http.StatusNoContent, item{}) // want `body written after 204`
}

func routes(r *gin.Engine) {
	r.DELETE("/items/:id", func(c *gin.Context) {
		c.JSON(http.StatusNoContent, gin.H{"deleted": true}) // want `body written after 204`
	})
}
