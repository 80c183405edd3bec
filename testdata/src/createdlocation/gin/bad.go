package gin

import (
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

type Item struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

func newID() string { return "42" }

type handler struct{}

// The shape to catch: the new item in the body, no Location.
func (h *handler) create(c *gin.Context) {
	it := Item{ID: newID()}
	c.JSON(http.StatusCreated, it) // want `^201 response without Location header; point the client at the new resource, e\.g\. c\.Header\("Location", "/items/"\+id\)$`
}

// A literal, and the context's own name in the message.
func literal(ctx *gin.Context) {
	ctx.String(201, "created") // want `201 response without Location header; point the client at the new resource, e\.g\. ctx\.Header\("Location", "/items/"\+id\)`
}

// c.Status records the 201 and nothing sets Location before the handler ends.
func statusOnly(c *gin.Context) {
	c.Status(http.StatusCreated) // want `201 response without Location header`
}

// Set in one branch only.
func oneBranch(c *gin.Context) {
	if id := c.Query("id"); id != "" {
		c.Header("Location", "/items/"+id)
	}
	c.JSON(http.StatusCreated, gin.H{"ok": true}) // want `201 response without Location header`
}

// Set, then removed.
func deleted(c *gin.Context) {
	c.Header("Location", "/items/1")
	c.Writer.Header().Del("Location")
	c.AbortWithStatus(http.StatusCreated) // want `201 response without Location header`
}

// Another header, not Location.
func contentLocation(c *gin.Context) {
	c.Header("Content-Location", "/items/1")
	c.JSON(http.StatusCreated, gin.H{"id": 1}) // want `201 response without Location header`
}

// The status chosen away from the write.
func viaVariable(c *gin.Context) {
	status := http.StatusOK
	if c.Query("new") != "" {
		status = http.StatusCreated
	}
	c.JSON(status, gin.H{"id": 1}) // want `201 response without Location header`
}

// A response helper in another package given the 201: reported at the call.
func viaHelper(c *gin.Context) {
	ginhelp.JSON(c, http.StatusCreated, Item{ID: newID()}) // want `201 response without Location header`
}

// A local helper that writes 201 on its own: reported inside it.
func created(c *gin.Context, v any) {
	c.JSON(http.StatusCreated, v) // want `201 response without Location header`
}

func callsCreated(c *gin.Context) {
	created(c, Item{})
}

// A closure that writes 201: reported at the call.
func closure(c *gin.Context) {
	done := func() { c.JSON(http.StatusCreated, gin.H{"ok": true}) }
	done() // want `201 response without Location header`
}

// A POST guard: the server chooses where the resource goes.
func post(c *gin.Context) {
	if c.Request.Method != http.MethodPost {
		c.Header("Allow", http.MethodPost)
		c.AbortWithStatus(http.StatusMethodNotAllowed)
		return
	}
	c.JSON(http.StatusCreated, Item{ID: newID()}) // want `201 response without Location header`
}

func routes(r *gin.Engine) {
	r.POST("/things", func(c *gin.Context) {
		c.JSON(http.StatusCreated, gin.H{"id": newID()}) // want `201 response without Location header`
	})
}
