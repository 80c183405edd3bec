package gin

import (
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

// A status a digit too long: net/http panics on it.
func create(c *gin.Context) {
	c.JSON(2010, gin.H{"id": 1}) // want `^status 2010 is not an HTTP status code \(100–599\); use an http\.Status constant$`
}

// 600–999 is sent as written.
func sixHundred(c *gin.Context) {
	c.String(600, "oops") // want `status 600 is not an HTTP status code`
}

// A status a digit short: c.Redirect panics on it.
func redirect(c *gin.Context) {
	c.Redirect(30, "/") // want `status 30 is not an HTTP status code`
}

func abort(c *gin.Context) {
	c.AbortWithStatus(4040) // want `status 4040 is not an HTTP status code`
}

// Reported where the constant is chosen, not where it is written.
func viaVariable(c *gin.Context) {
	status := 2000 // want `status 2000 is not an HTTP status code`
	if c.Query("missing") != "" {
		status = 40 // want `status 40 is not an HTTP status code`
	}
	c.Status(status)
}

// One constant reaching two writes is reported once.
func twoWrites(c *gin.Context) {
	code := 700 // want `status 700 is not an HTTP status code`
	if c.Request.Method == http.MethodGet {
		c.AbortWithStatus(code)
		return
	}
	c.JSON(code, gin.H{"error": "nope"})
}

// An application error code passed as a status.
const errQuota = 1042

func appCode(c *gin.Context) {
	c.AbortWithStatusJSON(errQuota, gin.H{"error": "quota exceeded"}) // want `status 1042 is not an HTTP status code`
}

// Arithmetic on constants is still a constant.
func arithmetic(c *gin.Context) {
	c.Status(http.StatusOK * 10) // want `status 2000 is not an HTTP status code`
}

// A helper in another package given the status: reported at the argument.
func viaHelper(c *gin.Context) {
	ginhelp.Error(c, 4220, "invalid") // want `status 4220 is not an HTTP status code`
}

// A local helper writing a status of its own: reported inside it.
func teapot(c *gin.Context) {
	c.AbortWithStatus(4180) // want `status 4180 is not an HTTP status code`
}

func callsTeapot(c *gin.Context) {
	teapot(c)
}

// A closure writing a bad status: reported once, at the constant.
func closure(c *gin.Context) {
	fail := func() { c.AbortWithStatus(999) } // want `status 999 is not an HTTP status code`
	if c.Param("id") == "" {
		fail()
		return
	}
	fail()
}

type server struct{}

func (s *server) method(c *gin.Context) {
	c.XML(1000, gin.H{"ok": true}) // want `status 1000 is not an HTTP status code`
}

func routes(r *gin.Engine) {
	r.GET("/x", func(c *gin.Context) {
		c.JSON(20, gin.H{"ok": true}) // want `status 20 is not an HTTP status code`
	})
}
