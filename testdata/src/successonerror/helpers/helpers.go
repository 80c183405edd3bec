package helpers

import (
	"net/http"

	"example.com/respond"
	"example.com/store"
)

// A helper that writes its argument with the implicit 200, given an error body.
func viaOK(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		respond.OK(w, map[string]string{"error": err.Error()}) // want `error response sent with implicit status 200`
		return
	}
}

// respond.JSON with a 200 and an error body.
func viaJSON(w http.ResponseWriter, r *http.Request, db *store.DB) {
	if _, err := db.List(r.Context()); err != nil {
		respond.JSON(w, http.StatusOK, map[string]string{"error": err.Error()}) // want `error response sent with status 200`
		return
	}
}

// Silent: the helper is given the right status, or a real result.
func right(w http.ResponseWriter, r *http.Request, db *store.DB) {
	items, err := db.List(r.Context())
	if err != nil {
		respond.Error(w, http.StatusInternalServerError, err.Error())
		return
	}
	respond.OK(w, items)
}
