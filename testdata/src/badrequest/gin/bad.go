package gin

import (
	"errors"
	"fmt"
	"net/http"

	"example.com/ginhelp"
	"example.com/store"
	"github.com/gin-gonic/gin"
	"github.com/go-playground/validator/v10"
)

type createRequest struct {
	Email string `json:"email" binding:"required"`
}

func (r createRequest) Validate() error { return nil }

var validate = validator.New()

type handler struct{ db *store.DB }

// A switch on the error; the duplicate answered with 400.
func (h *handler) create(c *gin.Context) {
	var req createRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	err := h.db.Create(c.Request.Context(), &store.Item{Name: req.Email})
	switch {
	case errors.Is(err, store.ErrDuplicate):
		c.JSON(http.StatusBadRequest, gin.H{"error": "email taken"}) // want `^400 \(http\.StatusBadRequest\) for a conflict \(store\.ErrDuplicate\); use 409 \(http\.StatusConflict\)$`
	case errors.Is(err, store.ErrNotFound):
		c.JSON(http.StatusNotFound, gin.H{"error": "no such list"})
	case err != nil:
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
	}
}

// The shape CASES.md names: the handler says it is a conflict itself.
func (h *handler) signup(c *gin.Context) {
	if existing := h.db.Find(c.Request.Context(), c.PostForm("email")); existing != nil {
		c.JSON(400, gin.H{"error": "user already exists"}) // want `^400 \(http\.StatusBadRequest\) for a conflict \("user already exists"\); use 409 \(http\.StatusConflict\)$`
		return
	}
}

func (h *handler) update(c *gin.Context) {
	if err := h.db.Update(c.Request.Context(), &store.Item{}); err == store.ErrVersionMismatch {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "stale"}) // want `400 .* for a conflict \(store\.ErrVersionMismatch\); use 409`
	}
}

// Bound fine, then failed validation: 422.
func validated(c *gin.Context) {
	var req createRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if err := validate.Struct(req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()}) // want `^400 \(http\.StatusBadRequest\) for a well-formed request that failed validation \(validating the request\); use 422 \(http\.StatusUnprocessableEntity\)$`
		return
	}
	if err := req.Validate(); err != nil {
		c.AbortWithError(http.StatusBadRequest, err) // want `failed validation .*; use 422`
		return
	}
}

type pgError struct{ Code string }

func (e *pgError) Error() string { return e.Code }

// A unique violation from the driver.
func (h *handler) unique(c *gin.Context) {
	err := h.db.Create(c.Request.Context(), &store.Item{})
	var pgErr *pgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		c.AbortWithStatus(400) // want `400 .* for a conflict .*; use 409`
		return
	}
}

// The status kept in a variable.
func (h *handler) statusVar(c *gin.Context) {
	status := http.StatusCreated
	if err := h.db.Create(c.Request.Context(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
		status = http.StatusBadRequest // want `400 .* for a conflict`
	}
	c.Status(status)
}

// A helper in another package returns only duplicates (a fact), and the
// 400 goes through a response helper.
func (h *handler) register(c *gin.Context) {
	if err := ginhelp.Register(c.Request.Context(), h.db, c.PostForm("email")); err != nil {
		ginhelp.Error(c, http.StatusBadRequest, err.Error()) // want `400 \(http\.StatusBadRequest\) for a conflict .*; use 409`
		return
	}
}

func routes(r *gin.Engine, db *store.DB) {
	r.POST("/users", func(c *gin.Context) {
		if err := db.Create(c.Request.Context(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
			c.String(http.StatusBadRequest, "taken") // want `for a conflict \(store\.ErrDuplicate\); use 409`
		}
	})
}

// The error the 400 is aborted with says it: an error middleware writes
// its message.
func (h *handler) abortMessage(c *gin.Context) {
	if existing := h.db.Find(c.Request.Context(), c.PostForm("name")); existing != nil {
		c.AbortWithError(http.StatusBadRequest, errors.New("username already exists")) // want `^400 \(http\.StatusBadRequest\) for a conflict \("username already exists"\); use 409 \(http\.StatusConflict\)$`
		return
	}
}

func (h *handler) abortErrorf(c *gin.Context) {
	name := c.PostForm("name")
	if existing := h.db.Find(c.Request.Context(), name); existing != nil {
		c.AbortWithError(400, fmt.Errorf("user %q already exists", name)) // want `400 .* for a conflict \("user %q already exists"\); use 409`
		return
	}
}
