package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type MeInput struct {
	Token string `header:"Authorization"`
}

type MeOutput struct {
	Body struct {
		Name string `json:"name"`
	}
}

func me(ctx context.Context, in *MeInput) (*MeOutput, error) {
	if in.Token == "" {
		return nil, huma.Error401Unauthorized("sign in first") // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. huma.ErrorWithHeaders\(err, http.Header\{"WWW-Authenticate": \{"Bearer"\}\}\)`
	}
	return &MeOutput{}, nil
}

func viaNewError(ctx context.Context, in *MeInput) (*MeOutput, error) {
	if in.Token == "" {
		return nil, huma.NewError(http.StatusUnauthorized, "sign in first") // want `401 response without WWW-Authenticate header`
	}
	return &MeOutput{}, nil
}

func viaVariable(ctx context.Context, in *MeInput) (*MeOutput, error) {
	err := huma.Error401Unauthorized("sign in first")
	if in.Token == "" {
		return nil, err // want `401 response without WWW-Authenticate header`
	}
	return &MeOutput{}, nil
}

// wrongHeaders attaches headers, but not the challenge.
func wrongHeaders(ctx context.Context, in *MeInput) (*MeOutput, error) {
	if in.Token == "" {
		return nil, huma.ErrorWithHeaders(huma.Error401Unauthorized("sign in first"), http.Header{"Cache-Control": {"no-store"}}) // want `401 response without WWW-Authenticate header`
	}
	return &MeOutput{}, nil
}

// Unrouted is registered in another package: a handler of huma's shape
// returning huma's errors is still huma's.
func Unrouted(ctx context.Context, in *MeInput) (*MeOutput, error) {
	if in.Token == "" {
		return nil, huma.Error401Unauthorized("sign in first") // want `401 response without WWW-Authenticate header`
	}
	return &MeOutput{}, nil
}

func Register(api huma.API) {
	huma.Get(api, "/me", me)
	huma.Get(api, "/me2", viaNewError)
	huma.Get(api, "/me3", viaVariable)
	huma.Get(api, "/me4", wrongHeaders)
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/me5"}, func(ctx context.Context, in *MeInput) (*MeOutput, error) {
		return nil, huma.Error401Unauthorized("no") // want `401 response without WWW-Authenticate header`
	})
	// Middleware writes through huma.Context.
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if ctx.Header("Authorization") == "" {
			huma.WriteErr(api, ctx, http.StatusUnauthorized, "sign in first") // want `401 response without WWW-Authenticate header; set it to the auth scheme first, e.g. ctx.SetHeader\("WWW-Authenticate", "Bearer"\)`
			return
		}
		next(ctx)
	})
}
