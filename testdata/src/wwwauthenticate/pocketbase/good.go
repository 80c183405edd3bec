package pocketbase

import (
	"net/http"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

func (h *handler) setFirst(c *core.RequestEvent) error {
	c.Response.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	return apis.NewUnauthorizedError("", nil)
}

func (h *handler) viaHeaderVar(c *core.RequestEvent) error {
	hdr := c.Response.Header()
	hdr.Set("WWW-Authenticate", "Basic")
	return c.NoContent(http.StatusUnauthorized)
}

func (h *handler) viaMapIndex(c *core.RequestEvent) error {
	c.Response.Header()["Www-Authenticate"] = []string{"Basic"}
	return apis.NewApiError(http.StatusUnauthorized, "", nil)
}

func (h *handler) addLowerCase(c *core.RequestEvent) error {
	c.Response.Header().Add("www-authenticate", "Basic")
	return c.JSON(http.StatusUnauthorized, map[string]any{"error": "unauthorized"})
}

// Set on both branches before they join.
func (h *handler) bothBranches(c *core.RequestEvent) error {
	if c.Request.URL.Query().Get("basic") != "" {
		c.Response.Header().Set("WWW-Authenticate", "Basic")
	} else {
		c.Response.Header().Set("WWW-Authenticate", "Bearer")
	}
	return &router.ApiError{Status: http.StatusUnauthorized}
}

// Helpers of another package: one sets the header, one writes the whole 401.
func (h *handler) viaChallenge(c *core.RequestEvent) error {
	pbhelp.Challenge(c)
	return apis.NewUnauthorizedError("", nil)
}

func (h *handler) viaReject(c *core.RequestEvent) error {
	return pbhelp.Reject(c)
}

// A helper that writes a 401 on its own is reported inside it, not here.
func (h *handler) viaUnauthorized(c *core.RequestEvent) error {
	return pbhelp.Unauthorized(c)
}

// A helper that answers on some paths only.
func (h *handler) guarded(c *core.RequestEvent) error {
	if !pbhelp.Authorize(c) {
		return nil
	}
	return c.String(http.StatusOK, "secret")
}

// Not a 401.
func (h *handler) forbidden(c *core.RequestEvent) error {
	return apis.NewForbiddenError("", nil)
}

// A status the model cannot name.
func (h *handler) unknownStatus(c *core.RequestEvent, code int) error {
	return apis.NewApiError(code, "", nil)
}

// An error of unknown status, returned for the framework.
func (h *handler) unknownError(c *core.RequestEvent, check func() error) error {
	if err := check(); err != nil {
		return err
	}
	return nil
}

// The middleware that sets the challenge before answering.
func basicAuth(next func(*core.RequestEvent) error) func(*core.RequestEvent) error {
	return func(c *core.RequestEvent) error {
		if _, _, ok := c.Request.BasicAuth(); !ok {
			c.Response.Header().Set("WWW-Authenticate", `Basic realm="Restricted"`)
			return apis.NewUnauthorizedError("", nil)
		}
		return next(c)
	}
}

// A 401 built but not returned for this request (logged elsewhere).
func (h *handler) notReturned(c *core.RequestEvent, log func(error)) error {
	log(apis.NewApiError(http.StatusUnauthorized, "", nil))
	return c.NoContent(http.StatusOK)
}

// The writer under another name is the event's own response.
func (h *handler) viaLocalWriter(c *core.RequestEvent) error {
	w := c.Response
	w.Header().Set("WWW-Authenticate", "Bearer")
	return c.NoContent(http.StatusUnauthorized)
}
