package pocketbase

import (
	"net/http"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

type handler struct{}

// A typo for 201.
func (h *handler) create(c *core.RequestEvent) error {
	return c.JSON(2010, nil) // want `status 2010 is not an HTTP status code \(100–599\); use an http.Status constant`
}

// Zero makes net/http panic.
func (h *handler) zero(c *core.RequestEvent) error {
	return c.NoContent(0) // want `status 0 is not an HTTP status code`
}

// An application error code returned as a status.
const errQuota = 1042

func (h *handler) appCode(c *core.RequestEvent) error {
	return apis.NewApiError(errQuota, "quota exceeded", nil) // want `status 1042 is not an HTTP status code`
}

func (h *handler) literal(c *core.RequestEvent) error {
	return &router.ApiError{Status: 40, Message: "bad"} // want `status 40 is not an HTTP status code`
}

// A digit short: pocketbase refuses it and writes nothing.
func (h *handler) redirect(c *core.RequestEvent) error {
	return c.Redirect(30, "/") // want `status 30 is not an HTTP status code`
}

// Reported where the constant is chosen.
func (h *handler) viaVariable(c *core.RequestEvent) error {
	status := 2000 // want `status 2000 is not an HTTP status code`
	if c.Request.URL.Query().Get("missing") != "" {
		status = 4040 // want `status 4040 is not an HTTP status code`
	}
	return c.String(status, "x")
}

// Arithmetic on constants is still a constant.
func (h *handler) arithmetic(c *core.RequestEvent) error {
	return c.Blob(http.StatusOK*10, "application/octet-stream", nil) // want `status 2000 is not an HTTP status code`
}

// Passed to a helper of another package that writes it.
func (h *handler) viaHelper(c *core.RequestEvent) error {
	return pbhelp.Error(c, 600, "oops") // want `status 600 is not an HTTP status code`
}

func routes(se *core.ServeEvent) {
	se.Router.GET("/x", func(c *core.RequestEvent) error {
		c.Response.WriteHeader(20) // want `status 20 is not an HTTP status code`
		return nil
	})
}
