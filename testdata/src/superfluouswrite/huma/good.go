package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type In struct{ ID string }

type Out struct{ Body string }

// Each return is one response.
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
			huma.WriteErr(api, ctx, http.StatusForbidden, "no")
			return
		}
		next(ctx)
	})
}
