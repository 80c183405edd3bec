package echov5

import (
	"log"
	"net/http"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

var requests int

func record(status int) { requests++ }

// The error response is the last statement of the handler's path.
func (h *handler) lastStatement(c *echo.Context) error {
	if c.QueryParam("id") == "" {
		c.String(http.StatusBadRequest, "missing id")
	}
	return nil
}

// Returned, as echo handlers do.
func (h *handler) returned(c *echo.Context) error {
	var in Item
	if err := c.Bind(&in); err != nil {
		return c.String(http.StatusBadRequest, "bad input")
	}
	return c.JSON(http.StatusCreated, save(in))
}

// Written, then the error handed back: echo sees the response is committed.
func (h *handler) writtenThenReturned(c *echo.Context) error {
	it, err := lookup(c.Param("id"))
	if err != nil {
		c.NoContent(http.StatusInternalServerError)
		return err
	}
	return c.JSON(http.StatusOK, it)
}

// Logging between the error and the return.
func (h *handler) logThenReturn(c *echo.Context) error {
	it, err := lookup(c.Param("id"))
	if err != nil {
		c.String(http.StatusInternalServerError, "internal error")
		log.Println("lookup:", err)
		record(http.StatusInternalServerError)
		return nil
	}
	return c.JSON(http.StatusOK, it)
}

// The else makes the success write unreachable from the error.
func (h *handler) elseBranch(c *echo.Context) error {
	it, err := lookup(c.Param("id"))
	if err != nil {
		c.NoContent(http.StatusInternalServerError)
	} else {
		c.JSON(http.StatusOK, it)
	}
	return nil
}

// The error and the success body are cases of one switch.
func (h *handler) exclusiveCases(c *echo.Context) error {
	it, err := lookup(c.Param("id"))
	switch {
	case err == errNotFound:
		c.NoContent(http.StatusNotFound)
	case err != nil:
		c.NoContent(http.StatusInternalServerError)
	default:
		c.JSON(http.StatusOK, it)
	}
	log.Println("served", c.Path())
	return nil
}

// A helper answers 401 on some paths only and says so in its result.
func (h *handler) guarded(c *echo.Context) error {
	if !echohelp.Authorize(c) {
		return nil
	}
	return c.String(http.StatusOK, "secret")
}

// A success write in the branch, then another write: not an error response.
func (h *handler) successThenWrite(c *echo.Context) error {
	if c.Request().Method == http.MethodPost {
		c.Response().WriteHeader(http.StatusCreated)
	}
	_, err := c.Response().Write([]byte("ok"))
	return err
}

// The error returned for the framework to write ends the handler.
func goodRoutes(e *echo.Echo) {
	e.GET("/items/:id", func(c *echo.Context) error {
		it, err := lookup(c.Param("id"))
		if err != nil {
			return echo.NewHTTPError(http.StatusNotFound, err.Error())
		}
		return c.JSON(http.StatusOK, it)
	})
}
