package gin

import (
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

// 204 without a body, in every form gin has.
func (h *handler) remove(c *gin.Context) {
	c.Status(http.StatusNoContent)
}

func abort(c *gin.Context) {
	c.AbortWithStatus(http.StatusNoContent)
}

func nilBody(c *gin.Context) {
	c.JSON(http.StatusNoContent, nil)
	c.Data(http.StatusNotModified, "text/plain", nil)
}

// 200 with the body.
func (h *handler) replace(c *gin.Context) {
	c.JSON(http.StatusOK, item{})
}

// c.Status only records the 204: c.JSON replaces it with 200.
func replaced(c *gin.Context) {
	c.Status(http.StatusNoContent)
	c.JSON(http.StatusOK, item{})
}

// The body only on the path whose status allows it.
func conditional(c *gin.Context, data []byte) {
	status := http.StatusOK
	if len(data) == 0 {
		status = http.StatusNoContent
	}
	c.Status(status)
	if len(data) > 0 {
		c.Writer.Write(data)
	}
}

// A status the model cannot name.
func unknownStatus(c *gin.Context, code int) {
	c.JSON(code, item{})
}

// The rest of the chain ran first.
func afterNext(c *gin.Context) {
	c.Next()
	c.Writer.Write([]byte("trailer"))
}

// A helper in another package given a status that allows a body.
func viaHelperOK(c *gin.Context) {
	ginhelp.JSON(c, http.StatusOK, item{})
}

func goodRoutes(r *gin.Engine) {
	r.DELETE("/items/:id", func(c *gin.Context) {
		c.Status(http.StatusNoContent)
	})
}
