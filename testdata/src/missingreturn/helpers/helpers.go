package helpers

import (
	"encoding/json"
	"net/http"

	"example.com/respond"
	"example.com/store"
)

var db store.DB

// A helper of another package writes the error; the handler goes on.
func get(w http.ResponseWriter, r *http.Request) {
	it, err := db.Get(r.Context(), 1)
	if err != nil {
		respond.Error(w, http.StatusInternalServerError, "lookup failed") // want `respond.Error writes an error response but the handler goes on to write again; add a return after it`
	}
	respond.JSON(w, http.StatusOK, it)
}

// A helper that writes a 500 on its own.
func internal(w http.ResponseWriter, r *http.Request) {
	items, err := db.List(r.Context())
	if err != nil {
		respond.Internal(w, err) // want `respond.Internal writes an error response`
	}
	json.NewEncoder(w).Encode(items)
}

// With a return: nothing to report.
func getOK(w http.ResponseWriter, r *http.Request) {
	it, err := db.Get(r.Context(), 1)
	if err != nil {
		respond.Error(w, http.StatusInternalServerError, "lookup failed")
		return
	}
	respond.JSON(w, http.StatusOK, it)
}

// respond.JSON with a status that is not an error, then a write.
func jsonThenWrite(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		respond.JSON(w, http.StatusCreated, nil)
	}
	respond.OK(w, nil)
}
