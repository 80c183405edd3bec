// Package renderapp is a chi render API with the mistakes statuslint reports.
package renderapp

import (
	"net/http"

	"github.com/go-chi/render"
)

type createUser struct {
	Email string `json:"email"`
}

func (c *createUser) Bind(r *http.Request) error { return nil }

func Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /users", func(w http.ResponseWriter, r *http.Request) {
		var in createUser
		if err := render.Bind(r, &in); err != nil {
			render.Status(r, http.StatusInternalServerError) // clienterror
			render.JSON(w, r, render.M{"error": err.Error()})
			return
		}
		render.Status(r, http.StatusCreated)
		render.JSON(w, r, in)
	})
	mux.HandleFunc("GET /me", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			render.Status(r, http.StatusUnauthorized) // wwwauthenticate
			render.JSON(w, r, render.M{"error": "login required"})
			return
		}
		render.JSON(w, r, render.M{"name": "me"})
	})
	mux.HandleFunc("GET /items", func(w http.ResponseWriter, r *http.Request) {
		var q map[string]string
		if err := render.DecodeJSON(r.Body, &q); err != nil {
			render.JSON(w, r, render.M{"error": err.Error()}) // successonerror
			return
		}
		render.JSON(w, r, q)
	})
	mux.HandleFunc("GET /ok", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.Header().Set("WWW-Authenticate", "Bearer")
			render.Status(r, http.StatusUnauthorized) // good: challenge set
			render.JSON(w, r, render.M{"error": "login required"})
			return
		}
		render.NoContent(w, r)
	})
}
