// Package decode holds the decodeJSON helper every API has.
package decode

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
)

// JSON decodes the request body into v.
func JSON(r *http.Request, v any) error { // want JSON:"returns malformed-input errors"
	if r.Header.Get("Content-Type") != "application/json" {
		return errors.New("content type must be application/json")
	}
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		return fmt.Errorf("decode body: %w", err)
	}
	return nil
}

// From decodes whatever reader it is given: client input only when the
// caller passes the request body.
func From(body io.Reader, v any) error { // want From:"returns malformed-input errors when param0 is request input"
	return json.NewDecoder(body).Decode(v)
}

// Validator is implemented by request types.
type Validator interface{ Validate() error }

// AndValidate decodes and validates: its errors are not all of one kind.
func AndValidate(r *http.Request, v Validator) error {
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		return err
	}
	return v.Validate()
}
