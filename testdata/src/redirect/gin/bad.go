package gin

import (
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

// A redirect status with nowhere to go.
func moved(c *gin.Context) {
	c.AbortWithStatus(http.StatusMovedPermanently) // want `^301 \(http\.StatusMovedPermanently\) redirect without Location header; set it to the target first, e\.g\. c\.Header\("Location", url\), or use c\.Redirect$`
}

func found(ctx *gin.Context) {
	ctx.Status(http.StatusFound) // want `^302 \(http\.StatusFound\) redirect without Location header; set it to the target first, e\.g\. ctx\.Header\("Location", url\), or use ctx\.Redirect$`
}

func seeOtherLiteral(c *gin.Context) {
	c.JSON(303, gin.H{"next": "/done"}) // want `303 \(http\.StatusSeeOther\) redirect without Location header`
}

// Location set in one branch only.
func oneBranch(c *gin.Context) {
	if next := c.Query("next"); next != "" {
		c.Header("Location", next)
	}
	c.AbortWithStatus(http.StatusTemporaryRedirect) // want `307 \(http\.StatusTemporaryRedirect\) redirect without Location header`
}

// Removed again before the write.
func deleted(c *gin.Context) {
	c.Header("Location", "/new")
	c.Writer.Header().Del("Location")
	c.String(http.StatusPermanentRedirect, "moved") // want `308 \(http\.StatusPermanentRedirect\) redirect without Location header`
}

// The status kept in a variable: the diagnostic points at the write.
func viaVariable(c *gin.Context) {
	code := http.StatusOK
	if c.Query("old") != "" {
		code = http.StatusMovedPermanently
	}
	c.AbortWithStatus(code) // want `301 \(http\.StatusMovedPermanently\) redirect without Location header`
}

// A response helper in another package given a redirect status.
func viaHelper(c *gin.Context) {
	ginhelp.Error(c, http.StatusFound, "moved") // want `302 \(http\.StatusFound\) redirect without Location header`
}

// A method guard makes this a POST-only handler: a 302 turns the POST into
// a GET.
func login(c *gin.Context) {
	if c.Request.Method != http.MethodPost {
		c.Header("Allow", http.MethodPost)
		c.AbortWithStatus(http.StatusMethodNotAllowed)
		return
	}
	c.Redirect(http.StatusFound, "/") // want `^302 \(http\.StatusFound\) redirect from a POST handler: clients follow it with a GET; send 303 \(http\.StatusSeeOther\) to point them at the result, or 307 \(http\.StatusTemporaryRedirect\) to keep the method$`
}

// The status chosen away from the redirect.
func guardedVar(c *gin.Context) {
	if c.Request.Method != "PUT" {
		c.AbortWithStatus(http.StatusMethodNotAllowed)
		return
	}
	code := http.StatusMovedPermanently
	c.Redirect(code, "/items/2") // want `301 \(http\.StatusMovedPermanently\) redirect from a PUT handler: .* or 308 \(http\.StatusPermanentRedirect\) to keep the method`
}

// A helper in another package chose the 302: the handler picked it.
func logout(c *gin.Context) {
	if c.Request.Method != http.MethodPost {
		return
	}
	ginhelp.Home(c) // want `302 \(http\.StatusFound\) redirect from a POST handler`
}

// Both mistakes at once.
func bare(c *gin.Context) {
	if c.Request.Method != http.MethodDelete {
		return
	}
	c.AbortWithStatus(http.StatusFound) // want `302 \(http\.StatusFound\) redirect without Location header` `302 \(http\.StatusFound\) redirect from a DELETE handler`
}

type server struct{}

func (s *server) old(c *gin.Context) {
	c.Status(http.StatusFound) // want `302 \(http\.StatusFound\) redirect without Location header`
}

func routes(r *gin.Engine) {
	r.GET("/old", func(c *gin.Context) {
		c.AbortWithStatus(http.StatusMovedPermanently) // want `301 \(http\.StatusMovedPermanently\) redirect without Location header`
	})
	// Registered for POST: the browser follows the 302 with a GET.
	r.POST("/login", func(c *gin.Context) {
		c.Redirect(http.StatusFound, "/") // want `302 \(http\.StatusFound\) redirect from a POST handler`
	})
	api := r.Group("/api")
	api.PUT("/items/:id", putItem)
}

func putItem(c *gin.Context) {
	c.Redirect(http.StatusMovedPermanently, "/api/items/2") // want `301 \(http\.StatusMovedPermanently\) redirect from a PUT handler`
}
