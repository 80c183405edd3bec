package gin

import (
	"encoding/json"
	"net/http"

	"example.com/callback"
	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

// c.Status only records the status: a later one replaces it before
// anything is sent.
func statusTwice(c *gin.Context) {
	c.Status(http.StatusOK)
	if c.Query("empty") != "" {
		c.Status(http.StatusNoContent)
	}
}

func statusThenJSON(c *gin.Context) {
	c.Status(http.StatusAccepted)
	c.JSON(http.StatusCreated, item{})
}

// Exclusive paths.
func exclusive(c *gin.Context) {
	if c.Query("fail") != "" {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "failed"})
	} else {
		c.JSON(http.StatusOK, item{})
	}
}

// A return after the first write.
func returnAfter(c *gin.Context) {
	if c.Query("fail") != "" {
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "failed"})
		return
	}
	c.JSON(http.StatusOK, item{})
}

// The encoder marshals before it writes: on failure nothing was sent.
func encodeFailsWhole(c *gin.Context) {
	if err := json.NewEncoder(c.Writer).Encode(item{}); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
	}
}

// A single write fails only when the client is gone.
func writeFailsWhole(c *gin.Context) {
	if _, err := c.Writer.Write([]byte("ok")); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
	}
}

// authorize writes a 401 on some paths only and says so in its result.
func authorize(c *gin.Context) bool {
	if c.GetHeader("Authorization") == "" {
		c.Header("WWW-Authenticate", "Bearer")
		c.AbortWithStatus(http.StatusUnauthorized)
		return false
	}
	return true
}

func guarded(c *gin.Context) {
	if !authorize(c) {
		return
	}
	c.JSON(http.StatusOK, item{})
}

// The rest of the chain ran first; nothing the model can see was written.
func afterNext(c *gin.Context) {
	c.Next()
	if len(c.Errors) > 0 {
		c.JSON(http.StatusInternalServerError, gin.H{"error": c.Errors.String()})
	}
}

// Handed to code the model cannot see, then a status of its own.
func afterProxy(c *gin.Context, next http.Handler) {
	ginhelp.Proxy(c, next)
	c.AbortWithStatus(http.StatusBadGateway)
}

// One response per item of a loop: a status per iteration, each returned from.
func firstMatch(c *gin.Context, items []item) {
	for _, it := range items {
		if it.Name == c.Param("name") {
			c.JSON(http.StatusOK, it)
			return
		}
	}
	c.AbortWithStatus(http.StatusNotFound)
}

// A deferred write runs after the handler returns: not on this path.
func deferred(c *gin.Context) {
	defer c.Status(http.StatusOK)
	c.JSON(http.StatusOK, item{})
}

// The helper writes 400 where it does not run the literal, and the
// literal writes on the paths where it runs: one write on each path.
func deleteInCallback(c *gin.Context) {
	callback.WithID(c, "id", func(id uint) {
		if id == 0 {
			c.AbortWithError(http.StatusNotFound, nil)
			return
		}
		c.Status(http.StatusNoContent)
	})
}
