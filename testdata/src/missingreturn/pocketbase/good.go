package pocketbase

import (
	"log"
	"net/http"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

var requests int

func record(status int) { requests++ }

// The error response is the last statement of the handler's path.
func (h *handler) lastStatement(c *core.RequestEvent) error {
	if c.Request.URL.Query().Get("id") == "" {
		c.String(http.StatusBadRequest, "missing id")
	}
	return nil
}

// Returned, as pocketbase handlers do.
func (h *handler) returned(c *core.RequestEvent) error {
	var in Item
	if err := c.BindBody(&in); err != nil {
		return c.String(http.StatusBadRequest, "bad input")
	}
	return c.JSON(http.StatusCreated, save(in))
}

// Written, then the error handed back: pocketbase sees the response was written.
func (h *handler) writtenThenReturned(c *core.RequestEvent) error {
	it, err := lookup(c.Request.PathValue("id"))
	if err != nil {
		c.NoContent(http.StatusInternalServerError)
		return err
	}
	return c.JSON(http.StatusOK, it)
}

// Logging between the error and the return.
func (h *handler) logThenReturn(c *core.RequestEvent) error {
	it, err := lookup(c.Request.PathValue("id"))
	if err != nil {
		c.String(http.StatusInternalServerError, "internal error")
		log.Println("lookup:", err)
		record(http.StatusInternalServerError)
		return nil
	}
	return c.JSON(http.StatusOK, it)
}

// The else makes the success write unreachable from the error.
func (h *handler) elseBranch(c *core.RequestEvent) error {
	it, err := lookup(c.Request.PathValue("id"))
	if err != nil {
		c.NoContent(http.StatusInternalServerError)
	} else {
		c.JSON(http.StatusOK, it)
	}
	return nil
}

// The error and the success body are cases of one switch.
func (h *handler) exclusiveCases(c *core.RequestEvent) error {
	it, err := lookup(c.Request.PathValue("id"))
	switch {
	case err == errNotFound:
		c.NoContent(http.StatusNotFound)
	case err != nil:
		c.NoContent(http.StatusInternalServerError)
	default:
		c.JSON(http.StatusOK, it)
	}
	log.Println("served", c.Request.URL.Path)
	return nil
}

// A helper answers 401 on some paths only and says so in its result.
func (h *handler) guarded(c *core.RequestEvent) error {
	if !pbhelp.Authorize(c) {
		return nil
	}
	return c.String(http.StatusOK, "secret")
}

// A success write in the branch, then another write: not an error response.
func (h *handler) successThenWrite(c *core.RequestEvent) error {
	if c.Request.Method == http.MethodPost {
		c.Response.WriteHeader(http.StatusCreated)
	}
	_, err := c.Response.Write([]byte("ok"))
	return err
}

// The error returned for the framework to write ends the handler.
func goodRoutes(se *core.ServeEvent) {
	se.Router.GET("/items/:id", func(c *core.RequestEvent) error {
		it, err := lookup(c.Request.PathValue("id"))
		if err != nil {
			return apis.NewApiError(http.StatusNotFound, err.Error(), nil)
		}
		return c.JSON(http.StatusOK, it)
	})
}
