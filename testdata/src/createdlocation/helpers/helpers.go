package helpers

import (
	"net/http"

	"example.com/createdlocationhelp"
	"example.com/respond"
)

// A 201 passed to a helper that never sets Location: reported at the call.
func viaJSON(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusCreated, map[string]string{"id": "1"}) // want `201 response without Location header`
}

// Chosen away from the call.
func viaJSONVar(w http.ResponseWriter, r *http.Request) {
	code := http.StatusCreated
	respond.JSON(w, code, nil) // want `201 response without Location header`
}

// A helper that may set Location: unsure, silent.
func viaMaybe(w http.ResponseWriter, r *http.Request) {
	createdlocationhelp.MaybeSetLocation(w, r.URL.Query().Get("loc"))
	respond.JSON(w, http.StatusCreated, nil)
}

// A helper that sets Location, then a helper that writes 201.
func setThenJSON(w http.ResponseWriter, r *http.Request) {
	createdlocationhelp.SetLocation(w, "/items/1")
	respond.JSON(w, http.StatusCreated, nil)
}

// A 201 chosen inside a helper that sets Location.
func viaCreated(w http.ResponseWriter, r *http.Request) {
	createdlocationhelp.Created(w, "/items/1", nil)
}

// A 201 chosen inside a helper that forgets it: reported in the helper.
func viaCreatedBody(w http.ResponseWriter, r *http.Request) {
	createdlocationhelp.CreatedBody(w, nil)
}

// Not a 201.
func viaJSONOK(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusOK, nil)
}
