// Package noerrors documents its handlers' successes and never an error:
// a convention, reported once for the package rather than at every
// handler and status.
package noerrors

import (
	"net/http"

	"example.com/reasonerr"
	"example.com/reasonresp"
	"github.com/gin-gonic/gin"
)

// GetTag returns a tag.
//
//	@Summary	get tag
//	@Success	200	{object}	map[string]string
//	@Router		/tags/{id} [get] // want `^no annotation in package noerrors declares an error response, but 3 handlers send 400, 403, 404; document them with @Failure lines$`
func GetTag(c *gin.Context) {
	if c.Param("id") == "" {
		reasonresp.Handle(c, reasonerr.NotFound("tag.not_found"), nil)
		return
	}
	reasonresp.Handle(c, nil, gin.H{"id": c.Param("id")})
}

// AddTag adds a tag.
//
//	@Success	200	{object}	map[string]string
//	@Router		/tags [post]
func AddTag(c *gin.Context) {
	var in struct{ Name string }
	if reasonresp.Bind(c, &in) {
		return
	}
	if in.Name == "admin" {
		reasonresp.Handle(c, reasonerr.Forbidden("tag.reserved"), nil)
		return
	}
	reasonresp.Handle(c, nil, in)
}

// RemoveTag removes a tag.
//
//	@Success	200	{object}	map[string]string
//	@Router		/tags/{id} [delete]
func RemoveTag(c *gin.Context) {
	if c.Param("id") == "" {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.Status(http.StatusNoContent) // want `^RemoveTag sends 204 where its annotations document 200 as the success status; document @Success 204, or send 200$`
}
