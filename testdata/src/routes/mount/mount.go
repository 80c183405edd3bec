// Package mount hands another package's registration functions a router
// group: their routes are listed under its prefix.
package mount

import (
	"routes/mount/photos"

	"github.com/gin-gonic/gin"
)

func Routes() *gin.Engine {
	r := gin.New()
	api := r.Group("/api/v1")
	photos.GetPhoto(api)
	return r
}

type server struct{ router *gin.Engine }

// routes registers on a router kept in a field, and on a group a wrapper
// makes: their prefixes are not known here, so the paths are relative.
func (s *server) routes() {
	s.router.GET("/status", func(c *gin.Context) { c.Status(204) })
	attachGroup(s.router, "admin").GET("/stats", func(c *gin.Context) { c.JSON(200, gin.H{}) })
}

func attachGroup(r *gin.Engine, prefix string) *gin.RouterGroup { return r.Group(prefix) }
