// Package statuscodehelp is a response-helper package that hands out its own
// name for the writer, so that callers need not import net/http.
package statuscodehelp

import "net/http"

// Writer is http.ResponseWriter under this package's name.
type Writer = http.ResponseWriter

// Error writes status and msg.
func Error(w Writer, status int, msg string) {
	http.Error(w, msg, status)
}

// Teapot writes a status of its own choosing, mistyped: reported here, not
// at its callers.
func Teapot(w Writer) {
	w.WriteHeader(4180) // want `status 4180 is not an HTTP status code`
}

// Gone writes a valid status of its own.
func Gone(w Writer) {
	w.WriteHeader(http.StatusGone)
}
