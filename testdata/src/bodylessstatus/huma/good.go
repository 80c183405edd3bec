package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type In struct{ ID string }

// NoBody has no Body field: huma sends 204 with nothing.
type NoBody struct{}

func del(ctx context.Context, in *In) (*NoBody, error) {
	return &NoBody{}, nil
}

func RegisterGood(api huma.API) {
	huma.Delete(api, "/items/{id}", del)
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if ctx.Method() == http.MethodOptions {
			ctx.SetStatus(http.StatusNoContent)
			return
		}
		next(ctx)
	})
}
