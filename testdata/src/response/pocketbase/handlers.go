// Package pocketbase is what the model sees of pocketbase handlers: every
// call of the adapter, returned errors, and routes.
package pocketbase

import (
	"net/http"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

type note struct {
	Title string `json:"title"`
}

func renderers(e *core.RequestEvent) error {
	switch e.Request.URL.Query().Get("as") {
	case "json":
		return e.JSON(http.StatusOK, note{})
	case "string":
		return e.String(http.StatusAccepted, "accepted")
	case "html":
		return e.HTML(http.StatusOK, "<p>")
	case "blob":
		return e.Blob(http.StatusOK, "application/octet-stream", nil)
	case "redirect":
		return e.Redirect(http.StatusSeeOther, "/x")
	}
	return e.NoContent(http.StatusNoContent)
}

// e.Response is the http.ResponseWriter underneath.
func throughResponse(e *core.RequestEvent) error {
	e.Response.Header().Set("Retry-After", "120")
	e.Response.WriteHeader(http.StatusServiceUnavailable)
	_, err := e.Response.Write([]byte("later"))
	return err
}

func returned(e *core.RequestEvent) error {
	var in note
	if err := e.BindBody(&in); err != nil {
		return e.BadRequestError("invalid body", err)
	}
	switch in.Title {
	case "":
		return e.UnauthorizedError("", nil)
	case "a":
		return apis.NewForbiddenError("", nil)
	case "b":
		return router.NewApiError(http.StatusConflict, "taken", nil)
	case "c":
		return &router.ApiError{Status: http.StatusTooManyRequests}
	case "d":
		return router.ErrFileNotFound
	case "e":
		return e.Error(http.StatusGone, "gone", nil)
	}
	return e.JSON(http.StatusOK, in)
}

func middleware(e *core.RequestEvent) error {
	if e.Auth == nil {
		return e.JSON(http.StatusUnauthorized, map[string]string{"message": "login"})
	}
	return e.Next()
}

func onlyGet(e *core.RequestEvent) error {
	if e.Request.Method != http.MethodGet && e.Request.Method != http.MethodHead {
		return e.NoContent(http.StatusMethodNotAllowed)
	}
	return e.String(http.StatusOK, "ok")
}

func routes(se *core.ServeEvent) error {
	se.Router.GET("/items", onlyGet)
	se.Router.POST("/notes", returned).BindFunc(middleware)
	se.Router.Route(http.MethodPut, "/x", renderers)
	se.Router.Group("/api").GET("/y", throughResponse)
	return se.Next()
}

// w is e's own response under another name.
func aliased(e *core.RequestEvent) error {
	w := e.Response
	w.Header().Set("WWW-Authenticate", "Bearer")
	w.WriteHeader(http.StatusUnauthorized)
	return e.JSON(http.StatusUnauthorized, nil)
}
