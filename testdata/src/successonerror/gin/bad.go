package gin

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"example.com/ginhelp"
	"example.com/store"
	"github.com/gin-gonic/gin"
)

type handler struct{ db *store.DB }

// The shape CASES.md names: an error body under an explicit 200.
func (h *handler) list(c *gin.Context) {
	items, err := h.db.List(c.Request.Context())
	if err != nil {
		c.JSON(http.StatusOK, gin.H{"error": err.Error()}) // want `^error response sent with status 200 \(http\.StatusOK\); write the error's status instead, e.g\. 500 \(http\.StatusInternalServerError\)$`
		return
	}
	c.JSON(http.StatusOK, items)
}

// {"success": false} with a 2xx, off any error path.
func (h *handler) quota(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"success": false, "error": "quota exceeded"}) // want `error response sent with status 200`
}

// The error's text as a formatted string.
func (h *handler) text(c *gin.Context) {
	if _, err := h.db.List(c.Request.Context()); err != nil {
		c.String(http.StatusOK, "lookup failed: %v", err) // want `error response sent with status 200`
		return
	}
}

// Writing through c.Writer with no status: gin sends 200.
func (h *handler) implicit(c *gin.Context) {
	if _, err := h.db.List(c.Request.Context()); err != nil {
		json.NewEncoder(c.Writer).Encode(gin.H{"error": err.Error()}) // want `^error response sent with implicit status 200: no status is written before the body; write the error's status first, e\.g\. c\.Status\(http\.StatusInternalServerError\)$`
		return
	}
}

func (h *handler) implicitFprint(c *gin.Context) {
	if _, err := h.db.List(c.Request.Context()); err != nil {
		fmt.Fprint(c.Writer, err) // want `implicit status 200: .* e\.g\. c\.Status\(http\.StatusInternalServerError\)`
	}
}

// The origin names the status that fits: binding failed, 400.
func bindFailed(c *gin.Context) {
	var in struct{ Name string }
	if err := c.ShouldBindJSON(&in); err != nil {
		c.IndentedJSON(http.StatusOK, gin.H{"error": err.Error()}) // want `error response sent with status 200 \(http\.StatusOK\); write the error's status instead, e\.g\. 400 \(http\.StatusBadRequest\)`
		return
	}
}

// A lookup that found nothing, served as success.
func (h *handler) find(c *gin.Context) {
	u := h.db.Find(c.Request.Context(), c.Param("name"))
	if u == nil {
		c.JSON(http.StatusOK, nil) // want `^lookup miss answered with status 200 and an empty body; write 404 \(http\.StatusNotFound\) instead$`
		return
	}
	c.JSON(http.StatusOK, u)
}

// The store method can only fail with ErrNotFound (a fact): 404.
func (h *handler) remove(c *gin.Context) {
	if err := h.db.Delete(c.Request.Context(), 1); err != nil {
		c.XML(http.StatusOK, gin.H{"error": err.Error()}) // want `e\.g\. 404 \(http\.StatusNotFound\)`
		return
	}
	c.Status(http.StatusNoContent)
}

// A helper in another package writes the status and the body.
func (h *handler) viaHelper(c *gin.Context) {
	if _, err := h.db.List(c.Request.Context()); err != nil {
		ginhelp.JSON(c, http.StatusOK, gin.H{"error": err.Error()}) // want `error response sent with status 200`
		return
	}
}

// The same handler as a closure from a constructor and on a router.
func listHandler(db *store.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		if _, err := db.List(c.Request.Context()); err != nil {
			c.JSON(http.StatusOK, gin.H{"error": err.Error()}) // want `error response sent with status 200`
		}
	}
}

func routes(r *gin.Engine, db *store.DB) {
	api := r.Group("/api")
	api.GET("/items", func(c *gin.Context) {
		if _, err := db.List(c.Request.Context()); err != nil {
			c.PureJSON(http.StatusOK, gin.H{"error": err.Error()}) // want `error response sent with status 200`
		}
	})
}

// okJSON sends whatever it is given with 200.
func okJSON(c *gin.Context, body gin.H) {
	c.JSON(http.StatusOK, body)
}

func cancelOrder(c *gin.Context) {
	if err := cancel(); err != nil {
		okJSON(c, gin.H{"success": false, "message": err.Error()}) // want `error response sent with status 200`
		return
	}
	okJSON(c, gin.H{"success": true})
}

func cancel() error { return nil }

type order struct{}

func findOrder(ref string) *order { return nil }

// A lookup miss answered with an empty wrapper and 200.
func orderByRef(c *gin.Context) {
	ord := findOrder(c.Param("ref"))
	if ord == nil {
		c.JSON(http.StatusOK, gin.H{"order": nil}) // want `lookup miss answered with status 200 and an empty body; write 404`
		return
	}
	c.JSON(http.StatusOK, gin.H{"order": ord})
}

// The same empty text, after a lookup that found nothing: a miss.
func (h *handler) pageText(c *gin.Context) {
	p := h.db.Find(c.Request.Context(), c.Param("slug"))
	if p == nil {
		c.String(http.StatusOK, "") // want `^lookup miss answered with status 200 and an empty body; write 404 \(http\.StatusNotFound\) instead$`
		return
	}
	c.String(http.StatusOK, p.Name)
}

// And after the store says so.
func (h *handler) itemText(c *gin.Context) {
	if _, err := h.db.Get(c.Request.Context(), 1); errors.Is(err, store.ErrNotFound) {
		c.JSON(http.StatusOK, nil) // want `^lookup miss answered with status 200 and an empty body; write 404 \(http\.StatusNotFound\) instead$`
		return
	}
}
