package gin

import (
	"net/http"

	"example.com/apidochelp"
	"example.com/callback"
	"github.com/gin-gonic/gin"
)

// GetAlbumGood documents several failures on one line.
//
//	@Success	200		{object}	Album
//	@Failure	400,404	{object}	map[string]string
//	@Router		/good/albums/{uid} [get]
func GetAlbumGood(c *gin.Context) {
	if c.Param("uid") == "" {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	a, err := find(c.Param("uid"))
	if err != nil {
		c.AbortWithStatusJSON(http.StatusNotFound, gin.H{"error": "no such album"})
		return
	}
	c.JSON(http.StatusOK, a)
}

// WithDefault documents a default response: every status is declared.
//
//	@Success	200		{object}	Album
//	@Failure	default	{object}	map[string]string
//	@Router		/good/default [get]
func WithDefault(c *gin.Context) {
	if c.Param("uid") == "" {
		c.AbortWithStatus(http.StatusTeapot)
		return
	}
	c.JSON(http.StatusOK, Album{})
}

type GoodHandler struct{}

// Delete is a method value handler whose statuses are all documented,
// written by helpers in another package.
//
//	@Success	204
//	@Failure	404,409	{object}	map[string]string
//	@Router		/good/albums/{uid} [delete]
func (h *GoodHandler) Delete(c *gin.Context) {
	if _, err := find(c.Param("uid")); err != nil {
		apidochelp.NotFound(c)
		return
	}
	if c.Query("force") == "" {
		apidochelp.Error(c, http.StatusConflict, "in use")
		return
	}
	c.Status(http.StatusNoContent)
}

// Mapped sends what a central writer maps the error to: which of its
// cases this handler reaches the model cannot tell.
//
//	@Success	200	{object}	Album
//	@Failure	404	{object}	map[string]string
//	@Router		/good/mapped [get]
func Mapped(c *gin.Context) {
	a, err := find(c.Param("uid"))
	if err != nil {
		apidochelp.Fail(c, err)
		return
	}
	c.JSON(http.StatusOK, a)
}

// Unknown writes a status the model cannot name.
//
//	@Success	200	{object}	Album
//	@Router		/good/unknown [get]
func Unknown(c *gin.Context, code int) {
	c.JSON(code, Album{})
}

// Guarded sits behind a middleware that answers 401: the middleware's
// status is not the handler's.
//
//	@Success	200	{object}	Album
//	@Router		/good/guarded [get]
func Guarded(c *gin.Context) {
	c.JSON(http.StatusOK, Album{})
}

func requireAuth(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

// NoRouter documents no operation: swag skips a block without @Router.
//
//	@Success	200	{object}	Album
func NoRouter(c *gin.Context) {
	c.AbortWithStatus(http.StatusBadRequest)
}

// RegisterGood registers two handlers; the @Router method picks the one
// documented.
//
//	@Success	201	{object}	Album
//	@Failure	400	{object}	map[string]string
//	@Router		/good/photos [post]
func RegisterGood(router *gin.RouterGroup) {
	router.POST("/photos", func(c *gin.Context) {
		var a Album
		if err := c.ShouldBindJSON(&a); err != nil {
			c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		c.JSON(http.StatusCreated, a)
	})
	router.GET("/photos", func(c *gin.Context) {
		c.AbortWithStatus(http.StatusNotFound)
	})
}

func goodRoutes(r *gin.Engine) {
	h := &GoodHandler{}
	r.DELETE("/good/albums/:uid", h.Delete)
	r.GET("/good/guarded", requireAuth, Guarded)
}

// Undocumented sends only what the model cannot name: a block without
// responses has nothing to list.
//
//	@Tags	Users
//	@Router	/good/undocumented [get]
func Undocumented(c *gin.Context, code int) {
	c.AbortWithStatus(code)
}

// RenameAlbumGood documents what the literal withUID runs sends.
//
//	@Success	200	{object}	Album
//	@Failure	400,500	{object}	map[string]string
//	@Router		/good/albums/{uid}/title [put]
func RenameAlbumGood(c *gin.Context) {
	withUID(c, func(uid string) {
		a, err := find(uid)
		if err != nil {
			c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
			return
		}
		c.JSON(http.StatusOK, a)
	})
}

// StartExport hands literals to code that runs them later, in a goroutine
// or not at all: what they would send is not this handler's.
//
//	@Success	202
//	@Router		/good/exports [post]
func StartExport(c *gin.Context) {
	callback.Go(func() {
		c.AbortWithStatus(http.StatusInternalServerError)
	})
	callback.Store(func() {
		c.AbortWithStatus(http.StatusServiceUnavailable)
	})
	callback.Later(func() {
		c.AbortWithStatus(http.StatusConflict)
	})
	f := callback.Wrap(func() {
		c.AbortWithStatus(http.StatusGone)
	})
	_ = f
	c.Status(http.StatusAccepted)
}

// ListExports registers a literal as a route: the route's statuses are
// its own, documented by its own annotations, not this function's.
//
//	@Success	200
//	@Router		/good/exports [get]
func ListExports(router *gin.RouterGroup) {
	router.GET("/good/exports", func(c *gin.Context) {
		c.JSON(http.StatusOK, nil)
	})
}
