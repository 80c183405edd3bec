package ginloop

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Two writes in one iteration: the second follows the first on every pass.
func twoInOneIteration(c *gin.Context, items []string) {
	for _, it := range items {
		c.JSON(http.StatusOK, gin.H{"item": it})
		if it == "" {
			c.JSON(http.StatusBadRequest, gin.H{"error": "empty"}) // want `c\.JSON after the status was already written`
		}
	}
}

// Branches of an if, then a write after them in the same iteration (the
// else branch's write follows the if branch's only across iterations).
func afterBranches(c *gin.Context, items []string) {
	for _, it := range items {
		if it == "" {
			c.JSON(http.StatusBadRequest, gin.H{"error": "empty"})
		} else {
			c.JSON(http.StatusCreated, gin.H{"item": it})
		}
		c.JSON(http.StatusInternalServerError, gin.H{"error": "and then"}) // want `c\.JSON after the status was already written`
	}
}

// A case clause writes, then the code after the switch writes again.
func afterSwitch(c *gin.Context, kind string) {
	switch kind {
	case "a":
		c.JSON(http.StatusAccepted, gin.H{"kind": kind})
	default:
		c.JSON(http.StatusCreated, gin.H{"kind": kind})
	}
	c.JSON(http.StatusConflict, gin.H{"error": "again"}) // want `c\.JSON after the status was already written`
}
