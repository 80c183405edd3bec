package echo

import (
	"errors"
	"net/http"

	"example.com/store"
	"github.com/go-playground/validator/v10"
	"github.com/labstack/echo/v4"
)

type createRequest struct {
	Email string `json:"email" validate:"required,email"`
}

func (r createRequest) Validate() error { return nil }

var validate = validator.New()

type handler struct{ db *store.DB }

// A switch on the error: the duplicate answered with 400.
func (h *handler) create(c echo.Context) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	err := h.db.Create(c.Request().Context(), &store.Item{Name: req.Email})
	switch {
	case errors.Is(err, store.ErrDuplicate):
		return c.JSON(http.StatusBadRequest, echo.Map{"error": "email taken"}) // want `400 \(http.StatusBadRequest\) for a conflict \(store.ErrDuplicate\); use 409 \(http.StatusConflict\)`
	case errors.Is(err, store.ErrNotFound):
		return echo.ErrNotFound
	case err != nil:
		return echo.ErrInternalServerError
	}
	return c.JSON(http.StatusCreated, req)
}

// A version mismatch, returned for the framework to write.
func (h *handler) update(c echo.Context) error {
	if err := h.db.Update(c.Request().Context(), &store.Item{}); err == store.ErrVersionMismatch {
		return echo.NewHTTPError(http.StatusBadRequest, "stale") // want `400 .* for a conflict \(store.ErrVersionMismatch\); use 409`
	}
	return c.NoContent(http.StatusNoContent)
}

// The predeclared 400.
func (h *handler) duplicate(c echo.Context) error {
	if err := h.db.Create(c.Request().Context(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
		return echo.ErrBadRequest // want `400 .* for a conflict \(store.ErrDuplicate\)`
	}
	return nil
}

// go-playground/validator after a successful bind.
func (h *handler) validatorStruct(c echo.Context) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return c.JSON(http.StatusBadRequest, echo.Map{"error": err.Error()})
	}
	if err := validate.Struct(req); err != nil {
		return c.JSON(http.StatusBadRequest, echo.Map{"error": err.Error()}) // want `400 \(http.StatusBadRequest\) for a well-formed request that failed validation \(validating the request\); use 422 \(http.StatusUnprocessableEntity\)`
	}
	return nil
}

// The context's validator.
func (h *handler) contextValidate(c echo.Context) error {
	var req createRequest
	if err := c.Bind(&req); err != nil {
		return err
	}
	if err := c.Validate(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error()) // want `failed validation .*; use 422`
	}
	return nil
}

// The handler says it is a conflict itself.
func (h *handler) existsMessage(c echo.Context) error {
	if existing := h.db.Find(c.Request().Context(), c.FormValue("email")); existing != nil {
		return c.String(http.StatusBadRequest, "user already exists") // want `400 .* for a conflict \("user already exists"\); use 409`
	}
	return nil
}

type pgError struct{ Code string }

func (e *pgError) Error() string { return e.Code }

// A unique violation from the driver, on a router closure.
func routes(e *echo.Echo, db *store.DB) {
	e.POST("/items", func(c echo.Context) error {
		err := db.Create(c.Request().Context(), &store.Item{})
		var pgErr *pgError
		if errors.As(err, &pgErr) && pgErr.Code == "23505" {
			return c.NoContent(400) // want `400 .* for a conflict .*; use 409`
		}
		return nil
	})
}

// The status kept in a variable.
func (h *handler) statusVar(c echo.Context) error {
	status := http.StatusCreated
	if err := h.db.Create(c.Request().Context(), &store.Item{}); errors.Is(err, store.ErrDuplicate) {
		status = http.StatusBadRequest // want `400 .* for a conflict`
	}
	return c.NoContent(status)
}

// The returned error carries the status and the message that names the
// conflict; the error handler writes both.
func (h *handler) httpErrorMessage(c echo.Context) error {
	if existing := h.db.Find(c.Request().Context(), c.FormValue("email")); existing != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "email already taken") // want `400 .* for a conflict \("email already taken"\); use 409`
	}
	return nil
}
