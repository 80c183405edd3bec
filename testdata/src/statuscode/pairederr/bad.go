package pairederr

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

type user struct{ ID int }

// resolveBad returns 0 with its success: the status means nothing then.
func resolveBad(name string) (*user, int, error) {
	if name == "" {
		return nil, http.StatusBadRequest, errors.New("empty name")
	}
	return &user{}, 0, nil // want `status 0 is not an HTTP status code`
}

// The success path writes the status the helper returned with no error:
// 0 reaches the write.
func writesOnSuccess(c *gin.Context) {
	u, status, err := resolveBad(c.Query("name"))
	if err != nil {
		c.AbortWithError(status, err)
		return
	}
	c.JSON(status, u)
}

// An error returned with a bad status: it reaches the error path's write.
func resolveWrongCode(name string) (*user, int, error) {
	if name == "" {
		return nil, 4000, errors.New("empty name") // want `status 4000 is not an HTTP status code`
	}
	return &user{}, 0, nil
}

func writesWrongCode(c *gin.Context) {
	u, status, err := resolveWrongCode(c.Query("name"))
	if err != nil {
		c.AbortWithError(status, err)
		return
	}
	c.JSON(http.StatusOK, u)
}
