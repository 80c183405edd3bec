package gin

import (
	"errors"
	"log"
	"net/http"
	"strconv"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

type Item struct{ Name string }

func save(in Item) Item { return in }

var errNotFound = errors.New("not found")

func lookup(id string) (Item, error) { return Item{}, nil }

type handler struct{}

// The shape CASES.md names: binding failed, and the handler goes on.
func (h *handler) create(c *gin.Context) {
	var in Item
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()}) // want `^c\.JSON\(http\.StatusBadRequest, gin\.H\{…\}\) writes an error response but the handler goes on to write again; add a return after it$`
	}
	c.JSON(http.StatusCreated, save(in))
}

// Abort stops the middleware chain, not the handler.
func (h *handler) get(c *gin.Context) {
	it, err := lookup(c.Param("id"))
	if err != nil {
		c.AbortWithStatusJSON(http.StatusNotFound, gin.H{"error": "not found"}) // want `c\.AbortWithStatusJSON\(http\.StatusNotFound, gin\.H\{…\}\) writes an error response`
	}
	c.JSON(http.StatusOK, it)
}

func (h *handler) abortWithError(c *gin.Context) {
	it, err := lookup(c.Param("id"))
	if err != nil {
		c.AbortWithError(http.StatusInternalServerError, err) // want `c\.AbortWithError\(http\.StatusInternalServerError, err\) writes an error response`
	}
	c.JSON(http.StatusOK, it)
}

func (h *handler) abortWithStatus(c *gin.Context) {
	n, err := strconv.Atoi(c.Query("n"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest) // want `c\.AbortWithStatus\(http\.StatusBadRequest\) writes an error response`
	}
	c.String(http.StatusOK, "%d", n*2)
}

// A case of a switch falls out of the switch into the write below it.
func switchCase(c *gin.Context) {
	it, err := lookup(c.Param("id"))
	switch {
	case errors.Is(err, errNotFound):
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"}) // want `writes an error response`
	case err != nil:
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"}) // want `writes an error response`
	}
	c.JSON(http.StatusOK, it)
}

// Logging after the error, but no return: the return goes after the log.
func logNoReturn(c *gin.Context) {
	it, err := lookup(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"}) // want `writes an error response`
		log.Println("lookup:", err)
	}
	c.JSON(http.StatusOK, it)
}

// Inside a loop: the error falls through to the append, and the loop ends
// in the success body.
func loop(c *gin.Context) {
	var items []Item
	for _, id := range c.Request.URL.Query()["id"] {
		it, err := lookup(id)
		if err != nil {
			c.JSON(http.StatusNotFound, gin.H{"error": "not found"}) // want `writes an error response`
		}
		items = append(items, it)
	}
	c.JSON(http.StatusOK, items)
}

// A response helper in another package writes the error.
func viaHelper(c *gin.Context) {
	var in Item
	if err := c.ShouldBindJSON(&in); err != nil {
		ginhelp.Error(c, http.StatusBadRequest, err.Error()) // want `^ginhelp\.Error writes an error response but the handler goes on to write again; add a return after it$`
	}
	c.JSON(http.StatusCreated, save(in))
}

// A function with results: no fix, the return would need values.
func withResults(c *gin.Context) error {
	it, err := lookup(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"}) // want `writes an error response`
	}
	c.JSON(http.StatusOK, it)
	return nil
}

func routes(r *gin.Engine) {
	r.GET("/items/:id", func(c *gin.Context) {
		if c.Param("id") == "" {
			c.String(http.StatusBadRequest, "missing id") // want `c\.String\(http\.StatusBadRequest, "missing id"\) writes an error response`
		}
		c.String(http.StatusOK, "ok")
	})
}
