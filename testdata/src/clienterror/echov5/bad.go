package echov5

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

type createRequest struct {
	Name string `json:"name"`
}

func (r createRequest) Validate() error { return nil }

type handler struct{}

// Binding failed: the request is malformed, the server is fine.
func (h *handler) create(c *echo.Context) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return c.JSON(http.StatusInternalServerError, echo.Map{"error": err.Error()}) // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(binding the request\); use 400 \(http.StatusBadRequest\)`
	}
	return c.JSON(http.StatusCreated, req)
}

// The same error returned for the framework to write.
func (h *handler) createHTTPError(c *echo.Context) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, err.Error()) // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(binding the request\)`
	}
	return nil
}

// A path parameter that does not parse.
func (h *handler) get(c *echo.Context) error {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		return c.String(http.StatusInternalServerError, "bad id") // want `500 .* for an error caused by client input \(parsing request input\); use 400`
	}
	return c.JSON(http.StatusOK, id)
}

// The input reaches the parser through a local.
func (h *handler) since(c *echo.Context) error {
	raw := c.QueryParam("since")
	since, err := time.Parse(time.RFC3339, raw)
	if err != nil {
		return echo.NewHTTPError(http.StatusServiceUnavailable, "") // want `503 \(http.StatusServiceUnavailable\) for an error caused by client input \(parsing request input\)`
	}
	return c.JSON(http.StatusOK, since)
}

// Validation through the context's validator: 422.
func (h *handler) validated(c *echo.Context) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	if err := c.Validate(&req); err != nil {
		return c.JSON(http.StatusInternalServerError, echo.Map{"error": err.Error()}) // want `client input \(validating the request\); use 422 \(http.StatusUnprocessableEntity\)`
	}
	return nil
}

// A Validate method on the request type.
func (h *handler) validateMethod(c *echo.Context) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return echo.ErrBadRequest
	}
	if err := req.Validate(); err != nil {
		return echo.ErrInternalServerError // want `500 .* for an error caused by client input \(validating the request\); use 422`
	}
	return nil
}

// The status kept in a variable, and a composite-literal HTTPError.
func (h *handler) statusVar(c *echo.Context) error {
	var req createRequest
	err := c.Bind(&req)
	status := http.StatusOK
	if err != nil {
		status = http.StatusInternalServerError // want `500 .* for an error caused by client input \(binding the request\)`
	}
	return &echo.HTTPError{Code: status, Message: "done"}
}

// Wrapped with %w: still the binder's error.
func (h *handler) wrapped(c *echo.Context) error {
	var req createRequest
	err := c.Bind(&req)
	if err != nil {
		err = fmt.Errorf("bind: %w", err)
	}
	if err != nil {
		return c.NoContent(http.StatusInternalServerError) // want `client input \(binding the request\)`
	}
	return nil
}

// Helpers of another package: one binds, one answers every error with 500.
func (h *handler) viaHelpers(c *echo.Context) error {
	var req createRequest
	if err := echohelp.Bind(c, &req); err != nil {
		return echohelp.Internal(c, err) // want `500 .* for an error caused by client input \(binding the request\)`
	}
	id, err := echohelp.ParseID(c)
	if err != nil {
		return echohelp.Error(c, http.StatusInternalServerError, "bad id") // want `500 .* for an error caused by client input \(parsing request input\)`
	}
	return c.JSON(http.StatusOK, id)
}

// Closures registered on the router.
func routes(e *echo.Echo) {
	e.GET("/items/:n", func(c *echo.Context) error {
		n, err := strconv.ParseInt(c.Param("n"), 10, 64)
		switch {
		case err == nil:
			return c.JSON(http.StatusOK, n)
		default:
			return c.JSON(http.StatusBadGateway, echo.Map{"error": "bad n"}) // want `502 \(http.StatusBadGateway\) for an error caused by client input`
		}
	})
	e.POST("/items", func(c *echo.Context) error {
		form, err := c.FormValues()
		_ = form
		var req createRequest
		if err = c.Bind(&req); err != nil {
			return c.String(500, err.Error()) // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
		}
		return nil
	})
}
