package gin

import (
	"errors"
	"net/http"

	"example.com/ginhelp"
	"example.com/store"
	"github.com/gin-gonic/gin"
)

var defaults = []store.Item{{Name: "default"}}

// A cache miss falls back to a default and serves it.
func (h *handler) cacheMiss(c *gin.Context) {
	items, err := h.db.Cached(c.Request.Context(), "items")
	if err != nil {
		items = defaults
		c.JSON(http.StatusOK, items)
		return
	}
	c.JSON(http.StatusOK, items)
}

var errNotModified = errors.New("not modified")

func notModified(c *gin.Context, check func() error) {
	if err := check(); errors.Is(err, errNotModified) {
		c.Status(http.StatusNotModified)
		return
	}
}

// The error's status, in every form gin has.
func (h *handler) rightStatus(c *gin.Context) {
	if _, err := h.db.List(c.Request.Context()); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	if _, err := h.db.List(c.Request.Context()); err != nil {
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	if _, err := h.db.List(c.Request.Context()); err != nil {
		c.String(http.StatusServiceUnavailable, "lookup failed: %v", err)
		return
	}
	if _, err := h.db.List(c.Request.Context()); err != nil {
		ginhelp.Error(c, http.StatusInternalServerError, err.Error())
		return
	}
}

// c.Status records the status; the body written through c.Writer carries it.
func (h *handler) statusThenWriter(c *gin.Context) {
	if _, err := h.db.List(c.Request.Context()); err != nil {
		c.Status(http.StatusInternalServerError)
		c.Writer.Write([]byte(err.Error()))
	}
}

// A 200 recorded first, replaced by the error's status before anything is sent.
func (h *handler) replaced(c *gin.Context) {
	c.Status(http.StatusOK)
	if _, err := h.db.List(c.Request.Context()); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
	}
}

// {"error": null} on a success response.
func (h *handler) nullError(c *gin.Context) {
	items, _ := h.db.List(c.Request.Context())
	c.JSON(http.StatusOK, gin.H{"data": items, "error": nil})
	c.JSON(http.StatusOK, gin.H{"data": items, "error": ""})
}

// The status depends on the path: one of them is not a 2xx.
func (h *handler) mixed(c *gin.Context) {
	_, err := h.db.List(c.Request.Context())
	code := http.StatusOK
	if c.Query("strict") != "" {
		code = http.StatusInternalServerError
	}
	if err != nil {
		c.JSON(code, gin.H{"error": err.Error()})
	}
}

// A status the model cannot see.
func (h *handler) unknownStatus(c *gin.Context, code int) {
	if _, err := h.db.List(c.Request.Context()); err != nil {
		c.JSON(code, gin.H{"error": err.Error()})
	}
}

// The rest of the chain ran first: it may have written the status.
func (h *handler) afterNext(c *gin.Context) {
	c.Next()
	if err := c.Errors; len(err) > 0 {
		c.Writer.Write([]byte("failed"))
	}
}

// Handed to a handler first: it may have written the status.
func (h *handler) afterProxy(c *gin.Context, next http.Handler) {
	if _, err := h.db.List(c.Request.Context()); err != nil {
		ginhelp.Proxy(c, next)
		c.Writer.Write([]byte(err.Error()))
	}
}

// A nil body outside an error path.
func emptyList(c *gin.Context) {
	c.JSON(http.StatusOK, nil)
}

// A 201 with a real result.
func (h *handler) create(c *gin.Context) {
	it := &store.Item{Name: c.PostForm("name")}
	if err := h.db.Create(c.Request.Context(), it); err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	c.JSON(http.StatusCreated, it)
}

// A health check that says so in plain text.
func healthz(c *gin.Context) {
	c.String(http.StatusOK, "OK")
}

func goodRoutes(r *gin.Engine, db *store.DB) {
	r.GET("/healthz", healthz)
	r.GET("/items", func(c *gin.Context) {
		items, err := db.List(c.Request.Context())
		if err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
			return
		}
		c.JSON(http.StatusOK, gin.H{"items": items})
	})
}

// The last page: no next cursor, not a miss.
func lastPage(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"next": nil})
}

// An empty text is the resource's default when its settings cannot be
// read (a robots.txt with no rules, no custom stylesheet): served on
// purpose, not a lookup that found nothing.
func (h *handler) robots(c *gin.Context) {
	items, err := h.db.List(c.Request.Context())
	if err != nil {
		c.String(http.StatusOK, "")
		return
	}
	c.String(http.StatusOK, "%d rules", len(items))
}

func (h *handler) customCSS(c *gin.Context) {
	if _, err := h.db.Cached(c.Request.Context(), "css"); err != nil {
		c.Header("Content-Type", "text/css")
		c.String(http.StatusOK, "")
		return
	}
}

// No settings stored yet: an empty object, whatever the error was.
func (h *handler) settings(c *gin.Context) {
	if _, err := h.db.Get(c.Request.Context(), 1); err != nil {
		c.JSON(http.StatusOK, nil)
		return
	}
}
