package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type In struct{ ID string }

type Out struct{ Body string }

// A handler's return is its one response: it cannot go on after it.
func get(ctx context.Context, in *In) (*Out, error) {
	if in.ID == "" {
		return nil, huma.Error404NotFound("no id")
	}
	return &Out{}, nil
}

func RegisterGood(api huma.API) {
	huma.Get(api, "/items/{id}", get)
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if ctx.Header("Authorization") == "" {
			ctx.SetHeader("WWW-Authenticate", "Bearer")
			huma.WriteErr(api, ctx, http.StatusUnauthorized, "sign in first")
			return
		}
		next(ctx)
	})
}
