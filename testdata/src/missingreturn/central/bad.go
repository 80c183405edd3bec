// Package central: an error handed to the central writer, and the
// handler goes on to write the success too.
package central

import (
	"example.com/reasonerr"
	"example.com/reasonresp"
	"github.com/gin-gonic/gin"
)

func open(dsn string) error { return nil }

func install(c *gin.Context) {
	var in struct{ DSN string }
	if reasonresp.Bind(c, &in) {
		return
	}
	if err := open(in.DSN); err != nil {
		reasonresp.Handle(c, reasonerr.BadRequest("install.db_failed"), nil) // want `^reasonresp\.Handle writes an error response but the handler goes on to write again; add a return after it$`
	}
	reasonresp.Handle(c, nil, nil)
}
