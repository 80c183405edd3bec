package chirender

import (
	"net/http"

	"example.com/renderhelp"

	"github.com/go-chi/render"
)

// The documented pattern: 401 without WWW-Authenticate.
func me(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		render.Status(r, http.StatusUnauthorized) // want `401 response without WWW-Authenticate header; set it to the auth scheme first`
		render.JSON(w, r, render.M{"error": "login required"})
		return
	}
	render.JSON(w, r, render.M{"name": "me"})
}

// The header set in one branch only.
func oneBranch(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("basic") {
		w.Header().Set("WWW-Authenticate", `Basic realm="api"`)
	}
	render.Status(r, 401) // want `401 response without WWW-Authenticate header`
	render.PlainText(w, r, "unauthorized")
}

// Through an error helper that never sets the header.
func viaHelper(w http.ResponseWriter, r *http.Request) {
	if _, err := r.Cookie("session"); err != nil {
		renderhelp.Error(w, r, http.StatusUnauthorized, err) // want `401 response without WWW-Authenticate header`
		return
	}
}
