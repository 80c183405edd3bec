package issue10

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

// gin: a user id a middleware stored with c.Set after verifying a token.
func ginClaims(c *gin.Context) {
	id, err := strconv.Atoi(c.GetString("userID"))
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "bad session"})
		return
	}
	_ = id
}

// gin: stored data found with the gin context as the context.Context.
func (s *server) ginSetting(c *gin.Context) {
	raw, err := s.cache.Get(c, c.Param("key"))
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "cache"})
		return
	}
	if _, err := strconv.ParseBool(raw); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "corrupt"})
		return
	}
}

// echo: the "user" echo-jwt stored.
func echoClaims(c echo.Context) error {
	sub, _ := c.Get("user").(string)
	id, err := strconv.Atoi(sub)
	if err != nil {
		return c.JSON(http.StatusInternalServerError, map[string]string{"error": "bad session"})
	}
	_ = id
	return nil
}

// fiber: a value a middleware stored with c.Locals.
func fiberClaims(c *fiber.Ctx) error {
	sub, _ := c.Locals("sub").(string)
	id, err := strconv.Atoi(sub)
	if err != nil {
		return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": "bad session"})
	}
	_ = id
	return nil
}

// Recall: a path parameter is client input in every framework.
func ginParam(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
		return
	}
	_ = id
}
