// Package apidocunsent runs with -apidoc.unsent.
package apidocunsent

import (
	"net/http"

	"example.com/apidochelp"
	"example.com/callback"

	"github.com/gin-gonic/gin"
)

// GetItem documents a 409 it never sends.
//
//	@Success	200	{object}	map[string]string
//	@Failure	404	{object}	map[string]string
//	@Failure	409	{object}	map[string]string // want `GetItem documents 409, but no path of it sends 409; remove it from the annotations, or send it where it applies`
//	@Router		/items/{id} [get]
func GetItem(c *gin.Context) {
	if c.Param("id") == "" {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}

// GetOther sends a status the model cannot name: what it documents may be
// that one.
//
//	@Success	200	{object}	map[string]string
//	@Failure	409	{object}	map[string]string
//	@Router		/other/{id} [get]
func GetOther(c *gin.Context, code int) {
	if c.Param("id") == "" {
		c.AbortWithStatus(code)
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}

// GetGuarded refuses through a helper that writes a status on some paths
// only: the 401 it documents may be one of them.
//
//	@Success	200		{object}	map[string]string
//	@Failure	401,403	{object}	map[string]string
//	@Router		/guarded [get]
func GetGuarded(c *gin.Context) {
	s := &apidochelp.Session{}
	if s.Abort(c) {
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}

// GetRun writes its whole response in a literal a helper runs: the 404
// and 200 are sent, and the 410 it documents is not.
//
//	@Success	200	{object}	map[string]string
//	@Failure	404	{object}	map[string]string
//	@Failure	410	{object}	map[string]string // want `GetRun documents 410, but no path of it sends 410`
//	@Router		/run/{id} [get]
func GetRun(c *gin.Context) {
	callback.Run(func() {
		if c.Param("id") == "" {
			c.AbortWithStatus(http.StatusNotFound)
			return
		}
		c.JSON(http.StatusOK, gin.H{})
	})
}
