package gin

import (
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

// c.Redirect sets Location.
func redirect(c *gin.Context) {
	c.Redirect(http.StatusMovedPermanently, "/new")
}

// Location first, then the status.
func locationFirst(c *gin.Context) {
	c.Header("Location", "/new")
	c.AbortWithStatus(http.StatusFound)
}

func viaWriter(c *gin.Context) {
	c.Writer.Header().Set("Location", "/new")
	c.String(http.StatusTemporaryRedirect, "moved")
}

// c.Status only records the 302: Location set after it goes out with it.
func statusThenLocation(c *gin.Context) {
	c.Status(http.StatusFound)
	c.Header("Location", "/new")
}

// 303 after POST, and 307/308, keep the client right.
func seeOther(c *gin.Context) {
	if c.Request.Method != http.MethodPost {
		c.AbortWithStatus(http.StatusMethodNotAllowed)
		return
	}
	c.Redirect(http.StatusSeeOther, "/done")
}

func keepMethod(c *gin.Context) {
	if c.Request.Method != http.MethodPut {
		return
	}
	c.Redirect(http.StatusPermanentRedirect, "/items/2")
}

// 301 and 302 from a GET handler.
func fromGet(c *gin.Context) {
	if c.Request.Method != http.MethodGet {
		return
	}
	if c.Query("home") != "" {
		ginhelp.Home(c)
		return
	}
	c.Redirect(http.StatusFound, "/login")
}

// Not redirects that need Location.
func notModified(c *gin.Context) {
	c.Status(http.StatusNotModified)
}

func multipleChoices(c *gin.Context) {
	c.JSON(http.StatusMultipleChoices, gin.H{"choices": []string{"/a", "/b"}})
}

// A status the model cannot name.
func unknownStatus(c *gin.Context, code int) {
	c.AbortWithStatus(code)
}

// The rest of the chain ran first: it may have set Location.
func afterNext(c *gin.Context) {
	c.Next()
	c.AbortWithStatus(http.StatusFound)
}

func goodRoutes(r *gin.Engine) {
	r.GET("/old", func(c *gin.Context) {
		c.Redirect(http.StatusMovedPermanently, "/new")
	})
	// 303 after a POST sends the client to a GET of the result.
	r.POST("/login", func(c *gin.Context) {
		c.Redirect(http.StatusSeeOther, "/")
	})
	// Registered for GET and POST: the 302 may answer a GET.
	r.GET("/go", goTo)
	r.POST("/go", goTo)
}

func goTo(c *gin.Context) {
	c.Redirect(http.StatusFound, "/there")
}
