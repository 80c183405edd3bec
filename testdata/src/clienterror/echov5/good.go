package echov5

import (
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"strconv"

	echohelp "example.com/echo5help"
	"github.com/labstack/echo/v5"
)

// The same shape, err from the database.
func (h *handler) statusVarDB(c *echo.Context, db *sql.DB) error {
	_, err := db.Exec("DELETE FROM items")
	status := http.StatusOK
	if err != nil {
		status = http.StatusInternalServerError
	}
	return c.NoContent(status)
}

// 400 for the binding, 500 for the database.
func (h *handler) dbFailure(c *echo.Context, db *sql.DB) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	if _, err := db.Exec("INSERT INTO items VALUES ($1)", req.Name); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "").Wrap(err)
	}
	return c.JSON(http.StatusCreated, req)
}

// err is reassigned by the database call before the check.
func (h *handler) reassigned(c *echo.Context, db *sql.DB) error {
	var req createRequest
	err := c.Bind(&req)
	if err != nil {
		return c.JSON(http.StatusBadRequest, echo.Map{"error": err.Error()})
	}
	_, err = db.Exec("INSERT")
	if err != nil {
		return c.JSON(http.StatusInternalServerError, echo.Map{"error": "internal"})
	}
	return nil
}

// Parsing configuration, not the request.
func (h *handler) config(c *echo.Context) error {
	n, err := strconv.Atoi(os.Getenv("LIMIT"))
	if err != nil {
		return c.String(http.StatusInternalServerError, "misconfigured")
	}
	return c.JSON(http.StatusOK, n)
}

// Returning the binder's error lets echo answer 400 itself.
func (h *handler) returned(c *echo.Context) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, req)
}

// A helper whose errors are of several kinds.
func (h *handler) mixedHelper(c *echo.Context) error {
	var req createRequest
	if err := echohelp.BindAndValidate(c, &req); err != nil {
		return c.JSON(http.StatusInternalServerError, echo.Map{"error": err.Error()})
	}
	return nil
}

// 4xx for the client's error is right; the 500 comes after it returned.
func goodRoutes(e *echo.Echo, db *sql.DB) {
	e.GET("/items/:id", func(c *echo.Context) error {
		id, err := strconv.Atoi(c.Param("id"))
		if err != nil {
			return echo.ErrBadRequest
		}
		if _, err := db.Exec("SELECT $1", id); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return echo.ErrNotFound
			}
			return c.NoContent(http.StatusInternalServerError)
		}
		return c.NoContent(http.StatusOK)
	})
}

// Decoding something that is not the request: an upstream response.
func (h *handler) upstream(c *echo.Context) error {
	resp, err := http.Get("http://upstream/items")
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, err.Error())
	}
	defer resp.Body.Close()
	var it createRequest
	if err := json.NewDecoder(resp.Body).Decode(&it); err != nil {
		return c.JSON(http.StatusInternalServerError, echo.Map{"error": err.Error()})
	}
	return c.JSON(http.StatusOK, it)
}

// Either error may reach the check: whose fault it is cannot be told.
func (h *handler) eitherError(c *echo.Context, db *sql.DB) error {
	var req createRequest
	err := c.Bind(&req)
	if req.Name == "" {
		_, err = db.Exec("SELECT 1")
	}
	if err != nil {
		return echo.ErrInternalServerError
	}
	return nil
}

// The 500 comes after the binding error branch returned.
func (h *handler) afterReturn(c *echo.Context) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return c.JSON(http.StatusBadRequest, echo.Map{"error": err.Error()})
	}
	return c.NoContent(http.StatusInternalServerError)
}

// 422 for a failed validation, 400 from a helper's parse error.
func (h *handler) rightStatuses(c *echo.Context) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return echo.ErrBadRequest
	}
	if err := c.Validate(&req); err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
	}
	if _, err := echohelp.ParseID(c); err != nil {
		return echohelp.Error(c, http.StatusBadRequest, "bad id")
	}
	return nil
}
