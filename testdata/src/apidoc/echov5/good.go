package echov5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

// PutList declares what it sends.
//
//	@Success	204
//	@Failure	400	{object}	map[string]string
//	@Router		/lists/{id} [put]
func PutList(c *echo.Context) error {
	if c.Param("id") == "" {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "no id"})
	}
	return c.NoContent(http.StatusNoContent)
}

// Undocumented handlers are not this rule's business.
func Plain(c *echo.Context) error {
	return c.NoContent(http.StatusTeapot)
}
