package helpers

import (
	"net/http"

	"example.com/respond"
	"example.com/statuscodehelp"
)

// A bad status passed to a helper that writes its parameter: reported at
// the call.
func viaJSON(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, 2000, nil) // want `status 2000 is not an HTTP status code`
}

func viaError(w http.ResponseWriter, r *http.Request) {
	code := 4040 // want `status 4040 is not an HTTP status code`
	respond.Error(w, code, "not found")
}

// A helper's own bad status is reported inside the helper, not here.
func viaTeapot(w http.ResponseWriter, r *http.Request) {
	statuscodehelp.Teapot(w)
}

// Good statuses through helpers.
func good(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		respond.Error(w, http.StatusNotFound, "not found")
		return
	}
	if r.URL.Path == "/gone" {
		statuscodehelp.Gone(w)
		return
	}
	respond.JSON(w, 200, nil)
}
