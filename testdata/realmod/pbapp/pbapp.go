// Package pbapp is a pocketbase app with the mistakes statuslint reports.
package pbapp

import (
	"net/http"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

type note struct {
	Title string `json:"title"`
}

func Register(se *core.ServeEvent) error {
	se.Router.POST("/notes", func(e *core.RequestEvent) error {
		var in note
		if err := e.BindBody(&in); err != nil {
			return e.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()}) // clienterror
		}
		return e.JSON(http.StatusOK, in)
	})
	se.Router.GET("/me", func(e *core.RequestEvent) error {
		if e.Auth == nil {
			return e.UnauthorizedError("login first", nil) // wwwauthenticate
		}
		return e.JSON(http.StatusOK, e.Auth)
	})
	se.Router.GET("/items/{id}", func(e *core.RequestEvent) error {
		if e.Request.PathValue("id") == "" {
			e.String(http.StatusBadRequest, "missing id") // missingreturn
		}
		return e.String(http.StatusOK, "item")
	})
	se.Router.GET("/login", func(e *core.RequestEvent) error {
		e.Response.Header().Set("WWW-Authenticate", "Bearer")
		return apis.NewUnauthorizedError("", nil)
	})
	return se.Next()
}
