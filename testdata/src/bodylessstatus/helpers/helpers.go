package helpers

import (
	"net/http"

	help "example.com/bodylessstatushelp"
	"example.com/respond"
)

type item struct{ Name string }

// The status is passed to a helper that also writes the body.
func viaJSON(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusNoContent, item{}) // want `body written after 204 \(http\.StatusNoContent\), which cannot have one`
}

// A helper of another package writes 204 on its own, then a body.
func afterNoContent(w http.ResponseWriter, r *http.Request) {
	help.NoContent(w)
	w.Write([]byte("x")) // want `body written after 204`
}

// A helper writes the body after the handler's 204.
func bodyViaHelper(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
	respond.OK(w, item{}) // want `body written after 204`
}

// Negative: nil through the helper is not a body the model counts.
func viaJSONNil(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusNoContent, nil)
}

// Negative: the helper writes 304 on some paths only, and says so.
func conditional(w http.ResponseWriter, r *http.Request) {
	if help.NotModified(w, r, `"v1"`) {
		return
	}
	w.Write([]byte("data"))
}

// Negative: the same helper, result ignored: the model cannot tell whether
// it wrote 304.
func conditionalUnchecked(w http.ResponseWriter, r *http.Request) {
	help.NotModified(w, r, `"v1"`)
	w.Write([]byte("data"))
}

// Negative: 204 from a helper and nothing after.
func noContent(w http.ResponseWriter, r *http.Request) {
	help.NoContent(w)
}

// Negative: the status is the caller's; a body with 200.
func viaJSONOK(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusOK, item{})
}

// Negative: the status is a parameter of this function.
func passThrough(w http.ResponseWriter, status int, v any) {
	respond.JSON(w, status, v)
}
