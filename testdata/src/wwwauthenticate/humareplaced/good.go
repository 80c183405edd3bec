// Package humareplaced replaces huma.NewError: its errors may carry
// headers of their own (a GetHeaders method), so what huma's constructors
// return says nothing certain here.
package humareplaced

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type appError struct {
	status int
	msg    string
}

func (e *appError) Error() string  { return e.msg }
func (e *appError) GetStatus() int { return e.status }
func (e *appError) GetHeaders() http.Header {
	if e.status == http.StatusUnauthorized {
		return http.Header{"WWW-Authenticate": {"Bearer"}}
	}
	return nil
}

func init() {
	huma.NewError = func(status int, msg string, errs ...error) huma.StatusError {
		return &appError{status: status, msg: msg}
	}
}

type In struct{ Token string }
type Out struct{ Body string }

func me(ctx context.Context, in *In) (*Out, error) {
	if in.Token == "" {
		return nil, huma.Error401Unauthorized("sign in first")
	}
	return &Out{}, nil
}

func Register(api huma.API) { huma.Get(api, "/me", me) }
