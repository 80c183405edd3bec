package noerrors

import (
	"example.com/reasonresp"
	"github.com/gin-gonic/gin"
)

// ListTags lists tags: it sends its documented success only.
//
//	@Success	200	{array}	string
//	@Router		/tags [get]
func ListTags(c *gin.Context) {
	reasonresp.Handle(c, nil, []string{"go"})
}
