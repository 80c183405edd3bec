// Package gin registers handlers with gin: groups, nested groups, a group
// handed to a function of the package, middleware before the handler, a
// method value, and statuses written by a helper in another package.
package gin

import (
	"net/http"

	"example.com/ginhelp"
	"github.com/gin-gonic/gin"
)

type handler struct{}

func Routes() *gin.Engine {
	r := gin.New()
	api := r.Group("/api")
	v1 := api.Group("v1")
	h := &handler{}
	v1.GET("/albums/:uid", h.getAlbum)
	v1.POST("/albums", auth, h.createAlbum)
	registerPhotos(v1.Group("/photos"))
	r.Any("/ping", func(c *gin.Context) { c.String(http.StatusOK, "pong") })
	// gin joins a path without a leading slash onto "/": /version, /api/info.
	r.GET("version", func(c *gin.Context) { c.String(http.StatusOK, "1.0") })
	api.GET("info", func(c *gin.Context) { c.String(http.StatusOK, "info") })
	// Use returns the group it is called on: POST /users, GET /admin/stats.
	r.Group("/users").Use(auth).POST("", h.createAlbum)
	r.Use(auth).GET("/admin/stats", h.getAlbum)
	// Match registers the handler for each method listed: GET /health
	// (with its HEAD, one row like every GET's), PUT and PATCH /albums;
	// a list the model cannot read is one row, method "?".
	r.Match([]string{http.MethodGet, "head"}, "/health", h.getAlbum)
	r.Match([]string{http.MethodPut, http.MethodPatch}, "/albums", h.createAlbum)
	r.Match(methods(), "/any", h.getAlbum)
	return r
}

func methods() []string { return []string{"GET"} }

// Registered on a group the package cannot see: the path stays relative.
func External(g *gin.RouterGroup) {
	g.Use(auth).GET("status", func(c *gin.Context) { c.Status(http.StatusNoContent) })
}

func registerPhotos(g *gin.RouterGroup) {
	g.DELETE("/:uid", func(c *gin.Context) {
		if c.Param("uid") == "" {
			ginhelp.Error(c, http.StatusNotFound, "no such photo")
			return
		}
		c.Status(http.StatusNoContent)
	})
}

func auth(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

func (h *handler) getAlbum(c *gin.Context) {
	if c.Param("uid") == "" {
		c.AbortWithStatusJSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"uid": c.Param("uid")})
}

type album struct{ Title string }

func (h *handler) createAlbum(c *gin.Context) {
	var a album
	if err := c.ShouldBindJSON(&a); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	ginhelp.Created(c, "/api/v1/albums/1", a)
}
