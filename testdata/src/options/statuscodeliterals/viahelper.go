package literals

import "example.com/statuscodehelp"

// The file writes through a helper package and does not import net/http:
// the fix adds the import.
func viaHelper(w statuscodehelp.Writer, id string) {
	if id == "" {
		statuscodehelp.Error(w, 404, "no such item") // want `status 404 written as a number; use http.StatusNotFound`
		return
	}
	statuscodehelp.Error(w, 410, "gone") // want `status 410 written as a number; use http.StatusGone`
}
