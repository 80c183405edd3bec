package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type In struct{ ID string }

type Out struct {
	ETag string `header:"ETag"`
	Body string
}

// An output's header fields go out before its status: huma writes them
// in that order.
func get(ctx context.Context, in *In) (*Out, error) {
	return &Out{ETag: `"v1"`, Body: "x"}, nil
}

func RegisterGood(api huma.API) {
	huma.Get(api, "/items/{id}", get)
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if ctx.Header("Authorization") == "" {
			ctx.SetHeader("WWW-Authenticate", "Bearer")
			ctx.SetStatus(http.StatusUnauthorized)
			return
		}
		next(ctx)
	})
}
