package huma

import (
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

// A middleware that writes an error and goes on to the handler.
func Register(api huma.API) {
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if ctx.Header("Authorization") == "" {
			ctx.SetHeader("WWW-Authenticate", "Bearer")
			huma.WriteErr(api, ctx, http.StatusUnauthorized, "sign in first") // want `writes an error response but the handler goes on`
		}
		next(ctx)
	})
}
