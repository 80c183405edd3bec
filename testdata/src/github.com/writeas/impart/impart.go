// Package impart is a stub of github.com/writeas/impart with the API
// surface statuslint's fixtures use, with the real signatures: an error
// value that carries its status, and JSON writers for it and for data.
package impart

import (
	"encoding/json"
	"net/http"
)

// HTTPError is an error with the status it is answered with.
type HTTPError struct {
	Status  int
	Message string
}

func (e HTTPError) Error() string {
	if e.Message == "" {
		return http.StatusText(e.Status)
	}
	return e.Message
}

type envelope struct {
	Code         int    `json:"code"`
	ErrorMessage string `json:"error_msg,omitempty"`
	Data         any    `json:"data,omitempty"`
}

func render(w http.ResponseWriter, v any, status int) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=UTF-8")
	w.WriteHeader(status)
	_, err = w.Write(b)
	return err
}

// WriteSuccess writes data in an envelope with status.
func WriteSuccess(w http.ResponseWriter, data any, status int) error {
	return render(w, &envelope{Code: status, Data: data}, status)
}

// WriteError writes e with its status, 500 when it has none.
func WriteError(w http.ResponseWriter, e HTTPError) error {
	status := e.Status
	if status == 0 {
		status = http.StatusInternalServerError
	}
	return render(w, &envelope{Code: status, ErrorMessage: e.Message}, status)
}

// WriteRedirect redirects to e.Message with e.Status.
func WriteRedirect(w http.ResponseWriter, e HTTPError) int {
	w.Header().Set("Location", e.Message)
	w.WriteHeader(e.Status)
	return e.Status
}
