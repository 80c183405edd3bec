package gin

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

type item struct{ Name string }

type handler struct{}

// c.JSON sent 201; the 500 after it is dropped with gin's "Headers were
// already written" warning, and its body appended to the first.
func (h *handler) create(c *gin.Context) {
	c.JSON(http.StatusCreated, item{})
	if c.Query("fail") != "" {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "failed"}) // want `^c\.JSON after the status was already written: its status is ignored \(superfluous response\.WriteHeader call\) and its body appended; return after the first write$`
	}
}

func twice(c *gin.Context) {
	c.AbortWithStatus(http.StatusOK)
	c.AbortWithStatus(http.StatusNoContent) // want `^c\.AbortWithStatus after the status was already written is ignored \(superfluous response\.WriteHeader call\); remove it or return after the first write$`
}

// c.Status after a write cannot change what was sent.
func statusAfterString(c *gin.Context) {
	c.String(http.StatusOK, "done")
	c.Status(http.StatusAccepted) // want `c\.Status after the status was already written is ignored`
}

// The body went first through c.Writer: gin sent 200 with it.
func afterWriterWrite(c *gin.Context) {
	c.Writer.Write([]byte("hello"))
	c.JSON(http.StatusAccepted, gin.H{"ok": true}) // want `^c\.JSON after the body was written \(which sent 200\): its status is ignored \(superfluous response\.WriteHeader call\) and its body appended; return after the first write$`
}

func afterFprint(c *gin.Context) {
	fmt.Fprintf(c.Writer, "partial result")
	if c.Query("fail") != "" {
		c.AbortWithStatus(http.StatusInternalServerError) // want `^c\.AbortWithStatus after the body was written \(which sent 200\) is ignored \(superfluous response\.WriteHeader call\); write the status before the body$`
	}
}

// Two error responses on every path.
func errorTwice(c *gin.Context) {
	c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "bad request"})
	c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "internal"}) // want `c\.AbortWithStatusJSON after the status was already written: its status is ignored`
}

// Redirecting after the page started.
func redirectAfterBody(c *gin.Context) {
	c.Data(http.StatusOK, "text/html", []byte("<html>"))
	c.Redirect(http.StatusSeeOther, "/") // want `c\.Redirect after the status was already written`
}

// A helper in another package writes the second status: reported at its call.
func viaHelper(c *gin.Context) {
	c.JSON(http.StatusOK, item{})
	ginhelp.Error(c, http.StatusInternalServerError, "failed") // want `ginhelp\.Error after the status was already written: its status is ignored`
}

// A local closure that writes the status.
func viaClosure(c *gin.Context) {
	fail := func(code int) {
		c.AbortWithStatus(code)
	}
	c.String(http.StatusOK, "ok")
	fail(http.StatusInternalServerError) // want `fail after the status was already written`
}

// The encoder fails after an earlier write: that one sent 200.
func encodeAfterWrite(c *gin.Context) {
	c.Writer.Write([]byte("["))
	if err := json.NewEncoder(c.Writer).Encode(item{}); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `c\.JSON after the body was written`
	}
}

// A copy fails on its source after sending part of it.
func copyFailure(c *gin.Context, src io.Reader) {
	if _, err := io.Copy(c.Writer, src); err != nil {
		c.AbortWithStatus(http.StatusBadGateway) // want `c\.AbortWithStatus after the body was written`
	}
}

func routes(r *gin.Engine) {
	r.GET("/x", func(c *gin.Context) {
		c.JSON(http.StatusOK, item{})
		c.JSON(http.StatusOK, item{}) // want `c\.JSON after the status was already written`
	})
}
