// Package issue10group: the same defensive check in every handler behind an
// auth middleware is one finding, at the first, with the others related.
package issue10group

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

type User struct{ ID int }

func me(c echo.Context) error {
	u, ok := c.Get("user").(*User)
	if !ok {
		return echo.NewHTTPError(http.StatusUnauthorized, "no user") // want `401 response without WWW-Authenticate header; .* \(and 2 more after the same check\)`
	}
	return c.JSON(http.StatusOK, u)
}

func posts(c echo.Context) error {
	u, ok := c.Get("user").(*User)
	if !ok {
		return echo.NewHTTPError(http.StatusUnauthorized, "no user")
	}
	return c.JSON(http.StatusOK, u.ID)
}

func settings(c echo.Context) error {
	if _, ok := c.Get("user").(*User); !ok {
		return echo.NewHTTPError(http.StatusUnauthorized)
	}
	return c.NoContent(http.StatusNoContent)
}

// Another check: its own finding.
func token(c echo.Context) error {
	if c.Request().Header.Get("Authorization") == "" {
		return echo.NewHTTPError(http.StatusUnauthorized) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. c.Response\(\).Header\(\).Set\("WWW-Authenticate", "Bearer"\)$`
	}
	return nil
}

var errNoSession = errors.New("no session")

func session(r *http.Request) (int, error) { return 0, errNoSession }

// net/http: the same helper checked in two handlers.
func a(w http.ResponseWriter, r *http.Request) {
	id, err := session(r)
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized) // want `\(and 1 more after the same check\)`
		return
	}
	_ = id
}

func b(w http.ResponseWriter, r *http.Request) {
	if _, err := session(r); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
}

type tokens struct{}

func (tokens) Verify(r *http.Request, tok string) (int, error) { return 0, errNoSession }

var verifier tokens

// A check of the token each request brings is each handler's own: one
// finding each, not a group.
func c1(w http.ResponseWriter, r *http.Request) {
	if _, err := verifier.Verify(r, r.Header.Get("Authorization")); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. w.Header\(\).Set\("WWW-Authenticate", "Bearer"\)$`
		return
	}
}

func c2(w http.ResponseWriter, r *http.Request) {
	tok := r.URL.Query().Get("token")
	if _, err := verifier.Verify(r, tok); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized) // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. w.Header\(\).Set\("WWW-Authenticate", "Bearer"\)$`
		return
	}
}
