// Package accounts registers its handlers through the function it is
// given, gotosocial's way: it never names the router.
package accounts

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

const BasePath = "/v1/accounts"

type Module struct{}

// Route attaches the module's handlers with attachHandler.
func (m *Module) Route(attachHandler func(method string, path string, f ...gin.HandlerFunc) gin.IRoutes) {
	attachHandler(http.MethodGet, BasePath+"/:id", m.AccountGETHandler)
	attachHandler(http.MethodPost, BasePath, m.AccountCreatePOSTHandler)
}

func (m *Module) AccountGETHandler(c *gin.Context) {
	if c.Param("id") == "" {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}

func (m *Module) AccountCreatePOSTHandler(c *gin.Context) {
	c.JSON(http.StatusCreated, gin.H{})
}
