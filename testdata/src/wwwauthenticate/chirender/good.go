package chirender

import (
	"net/http"

	"example.com/auth"
	"example.com/renderhelp"

	"github.com/go-chi/render"
)

// The header first.
func challengeFirst(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", "Bearer")
		render.Status(r, http.StatusUnauthorized)
		render.JSON(w, r, render.M{"error": "login required"})
		return
	}
}

// render.Status only records the status: the header set after it, before
// render.JSON writes, still goes out with the 401.
func challengeAfterStatus(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusUnauthorized)
	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
	render.JSON(w, r, render.M{"error": "login required"})
}

// A helper in another package sets it.
func viaAuthHelper(w http.ResponseWriter, r *http.Request) {
	auth.Challenge(w)
	render.Status(r, http.StatusUnauthorized)
	render.PlainText(w, r, "unauthorized")
}

// A helper that writes the 401 with the challenge.
func viaChallengeHelper(w http.ResponseWriter, r *http.Request) {
	renderhelp.Challenge(w, r)
}

// A helper that writes 401 on its own is reported inside the helper, not at
// each call.
func viaUnauthorized(w http.ResponseWriter, r *http.Request) {
	renderhelp.Unauthorized(w, r)
}

// 403 needs no challenge.
func forbidden(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusForbidden)
	render.JSON(w, r, render.M{"error": "forbidden"})
}
