// Package decode reads request bodies.
package decode

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// JSON decodes the request body into v. Its errors are the client's fault:
// a body that is not JSON or does not fit v.
func JSON(r *http.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("decode request body: %w", err)
	}
	return nil
}
