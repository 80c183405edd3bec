package echo

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

var errStore = errors.New("store down")

// GetList returns a list.
//
//	@Success	200	{object}	map[string]string
//	@Router		/lists/{id} [get]
func GetList(c echo.Context) error {
	if c.Param("id") == "" {
		return echo.NewHTTPError(http.StatusNotFound, "no such list") // want `GetList sends 404, which its annotations do not declare; add @Failure 404`
	}
	return c.JSON(http.StatusOK, map[string]string{"id": c.Param("id")})
}
