// Package wrapper builds its routers through another package's functions:
// web.Mount registers users' routes under /api on the router it is given;
// web.APIGroup returns a group under /api/v2; users.Admin registers on
// the root router itself.
package wrapper

import (
	"net/http"

	"routes/wrapper/users"
	"routes/wrapper/web"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

func Chi() http.Handler {
	r := chi.NewRouter()
	r.Route("/v1", func(r chi.Router) {
		web.Mount(r)
	})
	users.Admin(r)
	return r
}

func Gin() *gin.Engine {
	r := gin.New()
	web.APIGroup(r).GET("/status", func(c *gin.Context) { c.Status(http.StatusNoContent) })
	return r
}
