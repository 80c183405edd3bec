package gin

import (
	"log"
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

var requests int

func record(status int) { requests++ }

// The error response is the last statement of the handler.
func lastStatement(c *gin.Context) {
	if c.Param("id") == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "missing id"})
	}
}

// The same, as the last statement on an else path.
func lastOnPath(c *gin.Context) {
	if c.Request.Method == http.MethodGet {
		c.JSON(http.StatusOK, gin.H{"ok": true})
	} else {
		c.AbortWithStatus(http.StatusMethodNotAllowed)
	}
}

// Logging and metrics between the error and the return.
func logThenReturn(c *gin.Context) {
	it, err := lookup(c.Param("id"))
	if err != nil {
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "internal"})
		log.Println("lookup:", err)
		record(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, it)
}

// The else makes the success write unreachable from the error.
func elseBranch(c *gin.Context) {
	it, err := lookup(c.Param("id"))
	if err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
	} else {
		c.JSON(http.StatusOK, it)
	}
}

// The error and the success body are cases of one switch.
func exclusiveCases(c *gin.Context) {
	it, err := lookup(c.Param("id"))
	switch {
	case err == errNotFound:
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
	case err != nil:
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
	default:
		c.JSON(http.StatusOK, it)
	}
	log.Println("served", c.FullPath())
}

// An auth middleware: the abort stops the chain, so the c.Next() after it
// runs nothing more.
func authMiddleware(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.Header("WWW-Authenticate", "Bearer")
		c.AbortWithStatus(http.StatusUnauthorized)
	}
	c.Next()
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
	c.JSON(http.StatusOK, gin.H{"secret": 42})
}

// Returns after a helper in another package wrote the error.
func helperThenReturn(c *gin.Context) {
	var in Item
	if err := ginhelp.BindJSON(c, &in); err != nil {
		ginhelp.Error(c, http.StatusBadRequest, err.Error())
		return
	}
	c.JSON(http.StatusCreated, save(in))
}

// A success status recorded in the branch, then the body.
func successThenWrite(c *gin.Context) {
	if c.Request.Method == http.MethodPost {
		c.Status(http.StatusCreated)
	}
	c.Writer.Write([]byte("ok"))
}

func goodRoutes(r *gin.Engine) {
	r.GET("/items/:id", func(c *gin.Context) {
		it, err := lookup(c.Param("id"))
		if err != nil {
			c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
			return
		}
		c.JSON(http.StatusOK, it)
	})
}
