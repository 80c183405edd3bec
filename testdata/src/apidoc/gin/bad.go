package gin

import (
	"errors"
	"net/http"

	"example.com/apidochelp"
	"example.com/callback"
	"github.com/gin-gonic/gin"
)

type Album struct{ Title string }

var errMissing = errors.New("missing")

func find(uid string) (*Album, error) { return nil, errMissing }

// GetAlbum returns an album.
//
//	@Success	200	{object}	Album
//	@Failure	401	{object}	map[string]string
//	@Router		/albums/{uid} [get]
func GetAlbum(c *gin.Context) {
	a, err := find(c.Param("uid"))
	if err != nil {
		c.AbortWithStatusJSON(http.StatusNotFound, gin.H{"error": "no such album"}) // want `GetAlbum sends 404, which its annotations do not declare; add @Failure 404 to them, or send a status they declare`
		return
	}
	c.JSON(http.StatusOK, a)
}

// DeleteAlbum deletes an album.
//
//	@Success	200
//	@Failure	404	{object}	map[string]string
//	@Router		/albums/{uid} [delete]
func DeleteAlbum(c *gin.Context) {
	if _, err := find(c.Param("uid")); err != nil {
		c.AbortWithStatusJSON(http.StatusNotFound, gin.H{"error": "no such album"})
		return
	}
	c.Status(http.StatusNoContent) // want `DeleteAlbum sends 204 where its annotations document 200 as the success status; document @Success 204, or send 200`
}

// GetPhoto registers the handler it documents, photoprism's way.
//
//	@Success	200	{object}	Album
//	@Failure	404	{object}	map[string]string
//	@Router		/api/v1/photos/{uid} [get]
func GetPhoto(router *gin.RouterGroup) {
	router.GET("/photos/:uid", func(c *gin.Context) {
		if c.Param("uid") == "" {
			c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "uid required"}) // want `GetPhoto sends 400, which its annotations do not declare; add @Failure 400`
			return
		}
		if _, err := find(c.Param("uid")); err != nil {
			apidochelp.NotFound(c)
			return
		}
		c.JSON(http.StatusOK, Album{})
	})
}

// UpdatePhoto writes through helpers in another package.
//
//	@Success	200	{object}	Album
//	@Failure	400	{object}	map[string]string
//	@Router		/api/v1/photos/{uid} [put]
func UpdatePhoto(router *gin.RouterGroup) {
	router.PUT("/photos/:uid", func(c *gin.Context) {
		var a Album
		if err := c.ShouldBindJSON(&a); err != nil {
			apidochelp.Error(c, http.StatusBadRequest, err.Error())
			return
		}
		if _, err := find(c.Param("uid")); err != nil {
			apidochelp.NotFound(c) // want `UpdatePhoto sends 404`
			return
		}
		if a.Title == "" {
			apidochelp.Error(c, http.StatusConflict, "title taken") // want `UpdatePhoto sends 409`
			return
		}
		c.JSON(http.StatusOK, a)
	})
}

type Handler struct{}

// List lists albums: a method registered as a method value.
//
//	@Success	200	{array}	Album
//	@Router		/albums [get]
func (h *Handler) List(c *gin.Context) {
	if c.Query("page") == "x" {
		c.AbortWithStatus(http.StatusBadRequest) // want `List sends 400, which its annotations do not declare`
		return
	}
	if c.Query("page") == "y" {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.JSON(http.StatusOK, []Album{})
}

func routes(r *gin.Engine) {
	h := &Handler{}
	r.GET("/albums", h.List)
}

// CreatePasscode documents its operation but none of its responses.
//
//	@Tags	Users
//	@Router	/users/{uid}/passcode [post] // want `CreatePasscode documents no responses, but sends 200, 403; document them with @Success and @Failure lines`
func CreatePasscode(router *gin.RouterGroup) {
	router.POST("/users/:uid/passcode", func(c *gin.Context) {
		if c.GetHeader("Authorization") == "" {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.JSON(http.StatusOK, gin.H{})
	})
}

// withUID runs f with the uid parameter, or answers 400 (gotify's withID).
func withUID(c *gin.Context, f func(uid string)) {
	if uid := c.Param("uid"); uid != "" {
		f(uid)
	} else {
		c.AbortWithStatus(http.StatusBadRequest)
	}
}

// RenameAlbum does its work in a literal withUID runs: what the literal
// sends, the handler sends.
//
//	@Success	200	{object}	Album
//	@Failure	400	{object}	map[string]string
//	@Router		/albums/{uid}/title [put]
func RenameAlbum(c *gin.Context) {
	withUID(c, func(uid string) {
		a, err := find(uid)
		if err != nil {
			c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `RenameAlbum sends 500, which its annotations do not declare; add @Failure 500 to them, or send a status they declare`
			return
		}
		c.JSON(http.StatusOK, a)
	})
}

// ArchiveAlbum runs through a helper of another package.
//
//	@Success	204
//	@Failure	400	{object}	map[string]string
//	@Router		/albums/{id}/archive [post]
func ArchiveAlbum(c *gin.Context) {
	callback.WithID(c, "id", func(id uint) {
		if id == 0 {
			c.AbortWithStatus(http.StatusNotFound) // want `ArchiveAlbum sends 404, which its annotations do not declare`
			return
		}
		c.Status(http.StatusNoContent)
	})
}
