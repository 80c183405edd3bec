package pocketbase

import (
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"strconv"

	pbhelp "example.com/pbhelp"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

// The same shape, err from the database.
func (h *handler) statusVarDB(c *core.RequestEvent, db *sql.DB) error {
	_, err := db.Exec("DELETE FROM items")
	status := http.StatusOK
	if err != nil {
		status = http.StatusInternalServerError
	}
	return c.NoContent(status)
}

// 400 for the binding, 500 for the database.
func (h *handler) dbFailure(c *core.RequestEvent, db *sql.DB) error {
	var req createRequest
	if err := c.BindBody(&req); err != nil {
		return apis.NewApiError(http.StatusBadRequest, err.Error(), nil)
	}
	if _, err := db.Exec("INSERT INTO items VALUES ($1)", req.Name); err != nil {
		return apis.NewApiError(http.StatusInternalServerError, "", err)
	}
	return c.JSON(http.StatusCreated, req)
}

// err is reassigned by the database call before the check.
func (h *handler) reassigned(c *core.RequestEvent, db *sql.DB) error {
	var req createRequest
	err := c.BindBody(&req)
	if err != nil {
		return c.JSON(http.StatusBadRequest, map[string]any{"error": err.Error()})
	}
	_, err = db.Exec("INSERT")
	if err != nil {
		return c.JSON(http.StatusInternalServerError, map[string]any{"error": "internal"})
	}
	return nil
}

// Parsing configuration, not the request.
func (h *handler) config(c *core.RequestEvent) error {
	n, err := strconv.Atoi(os.Getenv("LIMIT"))
	if err != nil {
		return c.String(http.StatusInternalServerError, "misconfigured")
	}
	return c.JSON(http.StatusOK, n)
}

// Returning the binder's error lets pocketbase answer 400 itself.
func (h *handler) returned(c *core.RequestEvent) error {
	var req createRequest
	if err := c.BindBody(&req); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, req)
}

// A helper whose errors are of several kinds.
func (h *handler) mixedHelper(c *core.RequestEvent) error {
	var req createRequest
	if err := pbhelp.BindAndValidate(c, &req); err != nil {
		return c.JSON(http.StatusInternalServerError, map[string]any{"error": err.Error()})
	}
	return nil
}

// 4xx for the client's error is right; the 500 comes after it returned.
func goodRoutes(se *core.ServeEvent, db *sql.DB) {
	se.Router.GET("/items/:id", func(c *core.RequestEvent) error {
		id, err := strconv.Atoi(c.Request.PathValue("id"))
		if err != nil {
			return apis.NewBadRequestError("", nil)
		}
		if _, err := db.Exec("SELECT $1", id); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return apis.NewNotFoundError("", nil)
			}
			return c.NoContent(http.StatusInternalServerError)
		}
		return c.NoContent(http.StatusOK)
	})
}

// Decoding something that is not the request: an upstream response.
func (h *handler) upstream(c *core.RequestEvent) error {
	resp, err := http.Get("http://upstream/items")
	if err != nil {
		return apis.NewApiError(http.StatusBadGateway, err.Error(), nil)
	}
	defer resp.Body.Close()
	var it createRequest
	if err := json.NewDecoder(resp.Body).Decode(&it); err != nil {
		return c.JSON(http.StatusInternalServerError, map[string]any{"error": err.Error()})
	}
	return c.JSON(http.StatusOK, it)
}

// Either error may reach the check: whose fault it is cannot be told.
func (h *handler) eitherError(c *core.RequestEvent, db *sql.DB) error {
	var req createRequest
	err := c.BindBody(&req)
	if req.Name == "" {
		_, err = db.Exec("SELECT 1")
	}
	if err != nil {
		return apis.NewInternalServerError("", nil)
	}
	return nil
}

// The 500 comes after the binding error branch returned.
func (h *handler) afterReturn(c *core.RequestEvent) error {
	var req createRequest
	if err := c.BindBody(&req); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]any{"error": err.Error()})
	}
	return c.NoContent(http.StatusInternalServerError)
}

// 422 for a failed validation, 400 from a helper's parse error.
func (h *handler) rightStatuses(c *core.RequestEvent) error {
	var req createRequest
	if err := c.BindBody(&req); err != nil {
		return apis.NewBadRequestError("", nil)
	}
	if err := req.Validate(); err != nil {
		return apis.NewApiError(http.StatusUnprocessableEntity, err.Error(), nil)
	}
	if _, err := pbhelp.ParseID(c); err != nil {
		return pbhelp.Error(c, http.StatusBadRequest, "bad id")
	}
	return nil
}
