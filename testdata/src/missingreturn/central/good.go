package central

import (
	"example.com/reasonerr"
	"example.com/reasonresp"
	"github.com/gin-gonic/gin"
)

func installGood(c *gin.Context) {
	var in struct{ DSN string }
	if reasonresp.Bind(c, &in) {
		return
	}
	if err := open(in.DSN); err != nil {
		reasonresp.Handle(c, reasonerr.BadRequest("install.db_failed"), nil)
		return
	}
	reasonresp.Handle(c, nil, nil)
}

// Done already: a success, then the handler stops.
func initialized(c *gin.Context) {
	if c.Query("force") == "" {
		reasonresp.Handle(c, nil, nil)
		return
	}
	reasonresp.Handle(c, nil, gin.H{"forced": true})
}
