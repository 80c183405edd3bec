package pocketbase

import (
	"net/http"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

type handler struct{}

// A redirect status without a target.
func (h *handler) moved(c *core.RequestEvent) error {
	return c.NoContent(http.StatusMovedPermanently) // want `^301 \(http\.StatusMovedPermanently\) redirect without Location header; set it to the target first, e\.g\. c\.Response\.Header\(\)\.Set\("Location", url\), or use c\.Redirect$`
}

func (h *handler) found(ctx *core.RequestEvent) error {
	return ctx.String(http.StatusFound, "moved") // want `^302 \(http\.StatusFound\) redirect without Location header; set it to the target first, e\.g\. ctx\.Response\.Header\(\)\.Set\("Location", url\), or use ctx\.Redirect$`
}

// Returned for the framework to write.
func (h *handler) returned(c *core.RequestEvent) error {
	return apis.NewApiError(http.StatusTemporaryRedirect, "", nil) // want `307 \(http\.StatusTemporaryRedirect\) redirect without Location header`
}

// Location set in one branch only.
func (h *handler) oneBranch(c *core.RequestEvent) error {
	if next := c.Request.URL.Query().Get("next"); next != "" {
		c.Response.Header().Set("Location", next)
	}
	return c.NoContent(http.StatusSeeOther) // want `303 \(http\.StatusSeeOther\) redirect without Location header`
}

// Removed again before the write.
func (h *handler) deleted(c *core.RequestEvent) error {
	c.Response.Header().Set("Location", "/new")
	c.Response.Header().Del("Location")
	return c.NoContent(http.StatusPermanentRedirect) // want `308 \(http\.StatusPermanentRedirect\) redirect without Location header`
}

// The status kept in a variable.
func (h *handler) viaVariable(c *core.RequestEvent) error {
	code := http.StatusOK
	if c.Request.URL.Query().Get("old") != "" {
		code = http.StatusMovedPermanently
	}
	return c.NoContent(code) // want `301 \(http\.StatusMovedPermanently\) redirect without Location header`
}

// A POST guard with a 302: the browser follows with a GET.
func (h *handler) login(c *core.RequestEvent) error {
	if c.Request.Method != http.MethodPost {
		c.Response.Header().Set("Allow", http.MethodPost)
		return apis.NewApiError(http.StatusMethodNotAllowed, "", nil)
	}
	return c.Redirect(http.StatusFound, "/") // want `^302 \(http\.StatusFound\) redirect from a POST handler: clients follow it with a GET; send 303 \(http\.StatusSeeOther\) to point them at the result, or 307 \(http\.StatusTemporaryRedirect\) to keep the method$`
}

// A PUT guard with a 301, through a helper of another package.
func (h *handler) putItem(c *core.RequestEvent) error {
	if c.Request.Method != http.MethodPut {
		return apis.NewApiError(http.StatusMethodNotAllowed, "", nil)
	}
	return pbhelp.Redirect(c, http.StatusMovedPermanently, "/items/2") // want `^301 \(http\.StatusMovedPermanently\) redirect from a PUT handler: clients follow it with a GET; send 303 \(http\.StatusSeeOther\) to point them at the result, or 308 \(http\.StatusPermanentRedirect\) to keep the method$`
}

// Registered for POST and PUT: the methods come from the routes.
func (h *handler) logout(c *core.RequestEvent) error {
	return c.Redirect(http.StatusMovedPermanently, "/") // want `301 \(http\.StatusMovedPermanently\) redirect from a POST handler`
}

func (h *handler) replace(c *core.RequestEvent) error {
	return c.Redirect(302, "/items") // want `302 \(http\.StatusFound\) redirect from a PUT handler: clients follow it with a GET; send 303 \(http\.StatusSeeOther\) to point them at the result, or 307`
}

// Both mistakes at once, in a router closure.
func routes(se *core.ServeEvent) {
	h := &handler{}
	se.Router.POST("/login", func(c *core.RequestEvent) error {
		return c.Redirect(http.StatusFound, "/") // want `^302 \(http\.StatusFound\) redirect from a POST handler`
	})
	se.Router.POST("/logout", h.logout)
	g := se.Router.Group("/api")
	g.PUT("/items/:id", h.replace)
	se.Router.Any("/bare", func(c *core.RequestEvent) error {
		if c.Request.Method != "POST" {
			return apis.NewApiError(http.StatusMethodNotAllowed, "", nil)
		}
		return c.NoContent(http.StatusFound) // want `302 \(http\.StatusFound\) redirect without Location header` `302 \(http\.StatusFound\) redirect from a POST handler`
	})
}
