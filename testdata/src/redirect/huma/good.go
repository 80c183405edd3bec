package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

func movedGood(ctx context.Context, in *In) (*MovedOutput, error) {
	return &MovedOutput{Status: http.StatusMovedPermanently, Location: "/new/" + in.ID}, nil
}

// notModified needs no target.
func notModified(ctx context.Context, in *In) (*StatusOnly, error) {
	return &StatusOnly{Status: http.StatusNotModified}, nil
}

func RegisterGood(api huma.API) {
	huma.Get(api, "/g1/{id}", movedGood)
	huma.Get(api, "/g2/{id}", notModified)
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if ctx.Header("X-Old") != "" {
			ctx.SetHeader("Location", "/new")
			ctx.SetStatus(http.StatusFound)
			return
		}
		next(ctx)
	})
}
