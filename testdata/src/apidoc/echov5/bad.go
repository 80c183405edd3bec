package echov5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

// GetList returns a list.
//
//	@Success	200	{object}	map[string]string
//	@Router		/lists/{id} [get]
func GetList(c *echo.Context) error {
	if c.Param("id") == "" {
		return c.JSON(http.StatusNotFound, map[string]string{"error": "no such list"}) // want `GetList sends 404, which its annotations do not declare; add @Failure 404`
	}
	return c.JSON(http.StatusOK, map[string]string{"id": c.Param("id")})
}

// DeleteList documents 200 and answers 204.
//
//	@Success	200
//	@Router		/lists/{id} [delete]
func DeleteList(c *echo.Context) error {
	return c.NoContent(http.StatusNoContent) // want `DeleteList sends 204 where its annotations document 200 as the success status`
}
