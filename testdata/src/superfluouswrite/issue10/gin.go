// Package issue10 holds repeated statuses met in real gin services: gin
// drops a status equal to the one already written without a word.
package issue10

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func sameAgain(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"ok": true})
	c.Status(http.StatusOK)
}

func sameAfterString(c *gin.Context) {
	c.String(http.StatusAccepted, "queued")
	c.AbortWithStatus(http.StatusAccepted)
}

// Recall: a different status is still lost, and gin logs a warning.
func different(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"ok": true})
	c.AbortWithStatus(http.StatusInternalServerError) // want `after the status was already written is ignored`
}
