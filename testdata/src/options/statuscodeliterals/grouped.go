package literals

import (
	"strings"

	"example.com/statuscodehelp"
)

// An import block without net/http: the import joins the block.
func grouped(w statuscodehelp.Writer, name string) {
	if strings.TrimSpace(name) == "" {
		statuscodehelp.Error(w, 422, "name is required") // want `status 422 written as a number; use http.StatusUnprocessableEntity`
	}
}
