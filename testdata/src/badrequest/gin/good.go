package gin

import (
	"errors"
	"net/http"
	"strconv"

	"example.com/ginhelp"
	"example.com/store"
	"github.com/gin-gonic/gin"
)

// 400 for malformed input is right: binding, parsing.
func malformed(c *gin.Context) {
	var req createRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if _, err := strconv.Atoi(c.Param("id")); err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "bad id"})
		return
	}
	var q struct{ Page int }
	if err := c.ShouldBindQuery(&q); err != nil {
		c.AbortWithError(http.StatusBadRequest, err)
		return
	}
}

// 409 and 422 where they fit.
func (h *handler) right(c *gin.Context) {
	var req createRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if err := validate.Struct(req); err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
		return
	}
	switch err := h.db.Create(c.Request.Context(), &store.Item{}); {
	case errors.Is(err, store.ErrDuplicate):
		c.JSON(http.StatusConflict, gin.H{"error": "email taken"})
	case errors.Is(err, store.ErrNotFound):
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
	}
	if err := ginhelp.Register(c.Request.Context(), h.db, req.Email); err != nil {
		ginhelp.Error(c, http.StatusConflict, err.Error())
		return
	}
}

// A 400 for an error the model cannot trace.
func untraced(c *gin.Context, check func() error) {
	if err := check(); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
	}
}

// A message that is not about a conflict.
func required(c *gin.Context) {
	if c.PostForm("name") == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "name is required"})
	}
}

// "already exists" with a status that is not 400.
func (h *handler) existsRight(c *gin.Context) {
	if existing := h.db.Find(c.Request.Context(), c.PostForm("email")); existing != nil {
		c.JSON(http.StatusConflict, gin.H{"error": "user already exists"})
	}
}

// The duplicate is checked, but the 400 is for a different, later error.
func (h *handler) laterError(c *gin.Context) {
	if err := h.db.Create(c.Request.Context(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
		c.JSON(http.StatusConflict, gin.H{"error": "taken"})
		return
	}
	if _, err := strconv.Atoi(c.Query("n")); err != nil {
		c.String(http.StatusBadRequest, "bad n")
	}
}

func goodRoutes(r *gin.Engine) {
	r.PUT("/items/:id", func(c *gin.Context) {
		var req createRequest
		if err := c.ShouldBindUri(&req); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		c.JSON(http.StatusOK, req)
	})
}

// The error aborted with says nothing of a conflict, or is not 400.
func (h *handler) abortOther(c *gin.Context) {
	if existing := h.db.Find(c.Request.Context(), c.PostForm("name")); existing == nil {
		c.AbortWithError(http.StatusBadRequest, errors.New("name is required"))
		return
	}
	if existing := h.db.Find(c.Request.Context(), c.PostForm("email")); existing != nil {
		c.AbortWithError(http.StatusConflict, errors.New("email already exists"))
		return
	}
	if c.Query("q") == "" {
		c.AbortWithError(http.StatusBadRequest, errors.New("does the name already exist? ask first"))
	}
}

// The status is one of several: the message goes with whichever is sent,
// and 409 is among them.
func (h *handler) abortEither(c *gin.Context) {
	status := http.StatusConflict
	if c.Query("strict") == "" {
		status = http.StatusBadRequest
	}
	if existing := h.db.Find(c.Request.Context(), c.PostForm("name")); existing != nil {
		c.AbortWithError(status, errors.New("name already exists"))
	}
}
