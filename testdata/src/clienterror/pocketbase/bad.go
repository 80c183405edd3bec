package pocketbase

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

type createRequest struct {
	Name string `json:"name"`
}

func (r createRequest) Validate() error { return nil }

type handler struct{}

// Binding failed: the request is malformed, the server is fine.
func (h *handler) create(c *core.RequestEvent) error {
	var req createRequest
	if err := c.BindBody(&req); err != nil {
		return c.JSON(http.StatusInternalServerError, map[string]any{"error": err.Error()}) // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(binding the request body\); use 400 \(http.StatusBadRequest\)`
	}
	return c.JSON(http.StatusCreated, req)
}

// The same error returned for the framework to write.
func (h *handler) createHTTPError(c *core.RequestEvent) error {
	var req createRequest
	if err := c.BindBody(&req); err != nil {
		return apis.NewApiError(http.StatusInternalServerError, err.Error(), nil) // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(binding the request body\)`
	}
	return nil
}

// A path parameter that does not parse.
func (h *handler) get(c *core.RequestEvent) error {
	id, err := strconv.Atoi(c.Request.PathValue("id"))
	if err != nil {
		return c.String(http.StatusInternalServerError, "bad id") // want `500 .* for an error caused by client input \(parsing request input\); use 400`
	}
	return c.JSON(http.StatusOK, id)
}

// The input reaches the parser through a local.
func (h *handler) since(c *core.RequestEvent) error {
	raw := c.Request.URL.Query().Get("since")
	since, err := time.Parse(time.RFC3339, raw)
	if err != nil {
		return apis.NewApiError(http.StatusServiceUnavailable, "", nil) // want `503 \(http.StatusServiceUnavailable\) for an error caused by client input \(parsing request input\)`
	}
	return c.JSON(http.StatusOK, since)
}

// Validation through the context's validator: 422.
func (h *handler) validated(c *core.RequestEvent) error {
	var req createRequest
	if err := c.BindBody(&req); err != nil {
		return apis.NewApiError(http.StatusBadRequest, err.Error(), nil)
	}
	if err := req.Validate(); err != nil {
		return c.JSON(http.StatusInternalServerError, map[string]any{"error": err.Error()}) // want `client input \(validating the request\); use 422 \(http.StatusUnprocessableEntity\)`
	}
	return nil
}

// A Validate method on the request type.
func (h *handler) validateMethod(c *core.RequestEvent) error {
	var req createRequest
	if err := c.BindBody(&req); err != nil {
		return apis.NewBadRequestError("", nil)
	}
	if err := req.Validate(); err != nil {
		return apis.NewInternalServerError("", nil) // want `500 .* for an error caused by client input \(validating the request\); use 422`
	}
	return nil
}

// The status kept in a variable, and a composite-literal HTTPError.
func (h *handler) statusVar(c *core.RequestEvent) error {
	var req createRequest
	err := c.BindBody(&req)
	status := http.StatusOK
	if err != nil {
		status = http.StatusInternalServerError // want `500 .* for an error caused by client input \(binding the request body\)`
	}
	return &router.ApiError{Status: status, Message: "done"}
}

// Wrapped with %w: still the binder's error.
func (h *handler) wrapped(c *core.RequestEvent) error {
	var req createRequest
	err := c.BindBody(&req)
	if err != nil {
		err = fmt.Errorf("bind: %w", err)
	}
	if err != nil {
		return c.NoContent(http.StatusInternalServerError) // want `client input \(binding the request body\)`
	}
	return nil
}

// Helpers of another package: one binds, one answers every error with 500.
func (h *handler) viaHelpers(c *core.RequestEvent) error {
	var req createRequest
	if err := pbhelp.Bind(c, &req); err != nil {
		return pbhelp.Internal(c, err) // want `500 .* for an error caused by client input \(binding the request body\)`
	}
	id, err := pbhelp.ParseID(c)
	if err != nil {
		return pbhelp.Error(c, http.StatusInternalServerError, "bad id") // want `500 .* for an error caused by client input \(parsing request input\)`
	}
	return c.JSON(http.StatusOK, id)
}

// Closures registered on the router.
func routes(se *core.ServeEvent) {
	se.Router.GET("/items/:n", func(c *core.RequestEvent) error {
		n, err := strconv.ParseInt(c.Request.PathValue("n"), 10, 64)
		switch {
		case err == nil:
			return c.JSON(http.StatusOK, n)
		default:
			return c.JSON(http.StatusBadGateway, map[string]any{"error": "bad n"}) // want `502 \(http.StatusBadGateway\) for an error caused by client input`
		}
	})
	se.Router.POST("/items", func(c *core.RequestEvent) error {
		err := c.Request.ParseForm()
		var req createRequest
		if err = c.BindBody(&req); err != nil {
			return c.String(500, err.Error()) // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
		}
		return nil
	})
}
