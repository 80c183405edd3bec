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

func placeholders(g *gin.Engine) {
	// A placeholder for an operation not implemented yet: the request's
	// method is one the route accepts.
	g.GET("/oauth/authorize", func(c *gin.Context) {
		c.JSON(http.StatusMethodNotAllowed, gin.H{"status": "failed"}) // want `405 for a method the handler is registered for \(GET\): the router answers the others itself; if this is not implemented yet, use 501 \(http.StatusNotImplemented\)`
	})
}
