// Package registrar hands a module its group's Handle method as a value.
package registrar

import (
	"routes/registrar/accounts"

	"github.com/gin-gonic/gin"
)

func Routes(m *accounts.Module) *gin.Engine {
	r := gin.New()
	api := r.Group("/api")
	h := api.Handle
	m.Route(h)
	return r
}
