package pairederr

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

// resolve returns a status only with an error: 0 goes with success.
func resolve(name string) (*user, int, error) {
	if name == "" {
		return nil, http.StatusBadRequest, errors.New("empty name")
	}
	if name == "root" {
		return link(name)
	}
	return &user{}, 0, nil
}

// link is reached through resolve: its 0 also goes with a nil error.
func link(name string) (*user, int, error) {
	if name == "admin" {
		return nil, http.StatusForbidden, fmt.Errorf("%s is reserved", name)
	}
	return &user{}, 0, nil
}

// The status is written only when the error is not nil.
func writesOnError(c *gin.Context) {
	u, status, resolveErr := resolve(c.Query("name"))
	if resolveErr != nil {
		c.AbortWithError(status, resolveErr)
		return
	}
	c.JSON(http.StatusOK, u)
}

// The status first, then the error: the same pairing.
func statusFirst(name string) (int, error) {
	if name == "" {
		return http.StatusBadRequest, errors.New("empty name")
	}
	return 0, nil
}

func writesStatusFirst(c *gin.Context) {
	if status, err := statusFirst(c.Query("name")); err != nil {
		c.String(status, err.Error())
		return
	}
	c.Status(http.StatusNoContent)
}

// net/http: the same shape with http.Error.
func writesOnErrorHTTP(w http.ResponseWriter, r *http.Request) {
	code, err := statusFirst(r.URL.Query().Get("name"))
	if err != nil {
		http.Error(w, err.Error(), code)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
