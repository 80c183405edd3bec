// Package orders serves orders and carts on gin. Orders handlers end with
// HandleResponse; cart handlers record errors with c.Error for the Errors
// middleware.
package orders

import (
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"example.com/seeded/internal/auth"
	"example.com/seeded/internal/ginx"
	"example.com/seeded/internal/store"
)

type Orders struct {
	db         *store.DB
	adminToken string
	mu         sync.Mutex
	lastExport map[int64]time.Time
}

func Router(db *store.DB, tokens *auth.Tokens) *gin.Engine {
	r := gin.New()
	r.Use(gin.Recovery())
	o := &Orders{db: db, adminToken: os.Getenv("ORDERS_ADMIN_TOKEN"), lastExport: map[int64]time.Time{}}

	api := r.Group("/orders", RequireToken(tokens))
	api.POST("", o.Create)
	api.GET("", o.List)
	api.GET("/:id", o.Get)
	api.GET("/by-ref/:ref", o.ByRef)
	api.PATCH("/:id/status", o.UpdateStatus)
	api.POST("/:id/cancel", o.Cancel)
	api.POST("/:id/reorder", o.Reorder)
	api.GET("/:id/receipt", o.Receipt)
	api.Any("/:id/notes", o.Notes)
	api.GET("/export", o.Export)

	legacy := r.Group("/m/v1", OptionalToken(tokens))
	legacy.GET("/orders/:id", o.LegacyGet)
	legacy.POST("/orders", o.LegacyCreate)
	legacy.POST("/orders/:id/cancel", o.LegacyCancel)

	admin := r.Group("/admin")
	admin.POST("/orders/:id/refund", o.AdminRefund)

	c := &Carts{db: db, tokens: tokens, carts: map[int64][]store.Line{}}
	carts := r.Group("/carts", Errors()) // SEEDED(wwwauthenticate): [errhandler] cart handlers record apperr.Unauthorized with c.Error, and Errors() sends the 401 without a challenge
	carts.POST("/items", c.AddItem)
	carts.DELETE("/items/:product", c.RemoveItem)
	carts.GET("", c.Get)
	return r
}

// RequireToken lets through requests with a valid bearer token.
func RequireToken(tokens *auth.Tokens) gin.HandlerFunc {
	return func(c *gin.Context) {
		uid, err := tokens.Verify(c, auth.Bearer(c.Request.Header))
		if err != nil {
			c.AbortWithStatus(http.StatusUnauthorized) // SEEDED(wwwauthenticate): [closure] the middleware's 401 carries no challenge
			return
		}
		c.Set("uid", uid)
		c.Next()
	}
}

// OptionalToken is RequireToken for the mobile API, which answers some
// requests anonymously.
func OptionalToken(tokens *auth.Tokens) gin.HandlerFunc {
	return func(c *gin.Context) {
		tok := auth.Bearer(c.Request.Header)
		if tok == "" {
			c.Next()
			return
		}
		uid, err := tokens.Verify(c, tok)
		if err != nil {
			ginx.Unauthorized(c, "the session has expired") // LOOKALIKE(wwwauthenticate): [closure] the helper sets the challenge
			return
		}
		c.Set("uid", uid)
		c.Next()
	}
}
