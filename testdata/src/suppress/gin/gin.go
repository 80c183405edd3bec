package gin

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func silenced(c *gin.Context) {
	//statuslint:ignore wwwauthenticate the ingress adds the challenge
	c.AbortWithStatus(http.StatusUnauthorized)
}

func reported(c *gin.Context) {
	c.AbortWithStatus(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e\.g\. c\.Header`
}
