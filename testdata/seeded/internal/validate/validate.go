// Package validate reads and checks request bodies.
package validate

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/mail"
	"strings"
)

// MaxBody is the largest JSON body the services read.
const MaxBody = 1 << 20

// DecodeJSON reads the request body into v. Its errors are the client's
// fault: malformed JSON, unknown fields, a body too large.
func DecodeJSON(r *http.Request, v any) error {
	dec := json.NewDecoder(io.LimitReader(r.Body, MaxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("decoding request body: %w", err)
	}
	if dec.More() {
		return errors.New("request body has trailing data")
	}
	return nil
}

// FieldError is one failed rule.
type FieldError struct {
	Field  string `json:"field"`
	Reason string `json:"reason"`
}

// Errors is what Validate methods return.
type Errors []FieldError

func (e Errors) Error() string {
	var parts []string
	for _, f := range e {
		parts = append(parts, f.Field+": "+f.Reason)
	}
	return strings.Join(parts, "; ")
}

// Check collects failed rules.
type Check struct{ errs Errors }

func (c *Check) Require(ok bool, field, reason string) {
	if !ok {
		c.errs = append(c.errs, FieldError{field, reason})
	}
}

func (c *Check) Email(field, v string) {
	_, err := mail.ParseAddress(v)
	c.Require(err == nil, field, "must be an email address")
}

// Err is nil when every rule passed.
func (c *Check) Err() error {
	if len(c.errs) == 0 {
		return nil
	}
	return c.errs
}

// Validatable is a request type with its own rules.
type Validatable interface{ Validate() error }

// Struct runs v's rules.
func Struct(v Validatable) error { return v.Validate() }
