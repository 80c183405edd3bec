package echo

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
)

// DeleteList returns an error value: the app's error handler decides its
// status.
//
//	@Success	204
//	@Failure	500	{object}	map[string]string
//	@Router		/lists/{id} [delete]
func DeleteList(c echo.Context) error {
	if c.Param("id") == "1" {
		return errStore
	}
	return c.NoContent(http.StatusNoContent)
}

// ParseID returns a parser's error as it is: whatever the app's error
// handler makes of it is the handler's business, not this handler's.
//
//	@Success	200	{object}	map[string]int
//	@Router		/ids/{id} [get]
func ParseID(c echo.Context) error {
	n, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]int{"id": n})
}
