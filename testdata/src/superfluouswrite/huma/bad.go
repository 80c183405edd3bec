package huma

import (
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

// A middleware that writes two statuses.
func Register(api huma.API) {
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if ctx.Header("Authorization") == "" {
			ctx.SetHeader("WWW-Authenticate", "Bearer")
			ctx.SetStatus(http.StatusUnauthorized)
			huma.WriteErr(api, ctx, http.StatusForbidden, "no") // want `huma.WriteErr after the status was already written`
			return
		}
		next(ctx)
	})
}
