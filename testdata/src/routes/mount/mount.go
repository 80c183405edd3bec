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
