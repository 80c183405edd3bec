package issue10

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

func frameworkRoutes(g *gin.Engine, e *echo.Echo, app *fiber.App) {
	g.GET("/g", ginGet)
	e.GET("/e", echoGet)
	app.Get("/f", fiberGet)
}

func ginGet(c *gin.Context) {
	if c.Request.Method != http.MethodGet {
		c.AbortWithStatus(http.StatusMethodNotAllowed)
		return
	}
}

func echoGet(c echo.Context) error {
	if c.Request().Method != http.MethodGet {
		return c.NoContent(http.StatusMethodNotAllowed)
	}
	return nil
}

// fiber's Get registers HEAD too: the guard admits both.
func fiberGet(c *fiber.Ctx) error {
	if c.Method() != fiber.MethodGet && c.Method() != fiber.MethodHead {
		return c.SendStatus(fiber.StatusMethodNotAllowed)
	}
	return nil
}
