package orders

import (
	"net/http"
	"strconv"
	"sync"

	"github.com/gin-gonic/gin"

	"example.com/seeded/internal/apperr"
	"example.com/seeded/internal/auth"
	"example.com/seeded/internal/store"
)

// Carts records its errors with c.Error; the Errors middleware sends them.
type Carts struct {
	db     *store.DB
	tokens *auth.Tokens
	mu     sync.Mutex
	carts  map[int64][]store.Line
}

func (h *Carts) user(c *gin.Context) (int64, bool) {
	uid, err := h.tokens.Verify(c, auth.Bearer(c.Request.Header))
	if err != nil {
		_ = c.Error(apperr.Unauthorized("sign in to use a cart"))
		return 0, false
	}
	return uid, true
}

func (h *Carts) AddItem(c *gin.Context) {
	uid, ok := h.user(c)
	if !ok {
		return
	}
	var line store.Line
	if err := c.ShouldBindJSON(&line); err != nil {
		_ = c.Error(err) // SEEDED(clienterror): [errhandler] the bind error reaches Errors(), which sends 500 for an error of no known kind: wrap it in apperr.BadRequest
		return
	}
	if line.Quantity <= 0 {
		_ = c.Error(apperr.Invalid("quantity must be positive")) // LOOKALIKE(badrequest): [errhandler] the error carries 422
		return
	}
	if _, err := h.db.Product(c, line.ProductID); err != nil {
		_ = c.Error(err) // LOOKALIKE(clienterror): [errhandler] ErrNotFound maps to 404, a store failure to 500
		return
	}
	h.mu.Lock()
	h.carts[uid] = append(h.carts[uid], line)
	items := append([]store.Line(nil), h.carts[uid]...)
	h.mu.Unlock()
	c.JSON(http.StatusOK, gin.H{"items": items})
}

func (h *Carts) RemoveItem(c *gin.Context) {
	uid, ok := h.user(c)
	if !ok {
		return
	}
	pid, err := strconv.ParseInt(c.Param("product"), 10, 64)
	if err != nil {
		_ = c.Error(apperr.BadRequest("product must be numeric")) // LOOKALIKE(clienterror): [errhandler] the error carries 400
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	lines := h.carts[uid]
	for i, l := range lines {
		if l.ProductID == pid {
			h.carts[uid] = append(lines[:i], lines[i+1:]...)
			c.Status(http.StatusNoContent)
			return
		}
	}
	_ = c.Error(apperr.NotFound("cart item"))
}

func (h *Carts) Get(c *gin.Context) {
	uid, ok := h.user(c)
	if !ok {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	c.JSON(http.StatusOK, gin.H{"items": h.carts[uid]})
}
