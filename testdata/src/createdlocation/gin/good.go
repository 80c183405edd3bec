package gin

import (
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

// Location first.
func (h *handler) createRight(c *gin.Context) {
	it := Item{ID: newID()}
	c.Header("Location", "/items/"+it.ID)
	c.JSON(http.StatusCreated, it)
}

func viaWriter(c *gin.Context) {
	c.Writer.Header().Set("Location", "/items/1")
	c.AbortWithStatus(http.StatusCreated)
}

// c.Status only records the 201: Location set after it goes out with it.
func statusThenLocation(c *gin.Context) {
	it := Item{ID: newID()}
	c.Status(http.StatusCreated)
	c.Header("Location", "/items/"+it.ID)
	c.JSON(http.StatusCreated, it)
}

// Set on both branches.
func bothBranches(c *gin.Context) {
	if id := c.Query("id"); id != "" {
		c.Header("Location", "/items/"+id)
	} else {
		c.Header("Location", "/items/"+newID())
	}
	c.JSON(http.StatusCreated, gin.H{"ok": true})
}

// A helper in another package sets Location and writes the 201.
func viaCreatedHelper(c *gin.Context) {
	it := Item{ID: newID()}
	ginhelp.Created(c, "/items/"+it.ID, it)
}

// PUT creates the resource at the URL it names: no Location needed.
func put(c *gin.Context) {
	if c.Request.Method != http.MethodPut {
		c.AbortWithStatus(http.StatusMethodNotAllowed)
		return
	}
	c.JSON(http.StatusCreated, Item{ID: c.Param("id")})
}

// Not a 201.
func ok(c *gin.Context) {
	c.JSON(http.StatusOK, Item{})
}

// A status the model cannot name.
func unknownStatus(c *gin.Context, code int) {
	c.JSON(code, Item{})
}

// The rest of the chain ran first: it may have set Location.
func afterNext(c *gin.Context) {
	c.Next()
	c.Status(http.StatusCreated)
}

// Registered for PUT: the resource is created at the URL the client named.
func upsert(c *gin.Context) {
	c.JSON(http.StatusCreated, Item{ID: c.Param("id")})
}

func goodRoutes(r *gin.Engine) {
	r.PUT("/items/:id", upsert)
	r.POST("/items", func(c *gin.Context) {
		it := Item{ID: newID()}
		c.Header("Location", "/items/"+it.ID)
		c.JSON(http.StatusCreated, it)
	})
}
