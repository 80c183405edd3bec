package huma

import (
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

// A middleware that sets a header after the status went out.
func Register(api huma.API) {
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if ctx.Header("Authorization") == "" {
			ctx.SetStatus(http.StatusUnauthorized)
			ctx.SetHeader("WWW-Authenticate", "Bearer") // want `ctx.SetHeader\("WWW-Authenticate", ...\) after the status was written is ignored`
			return
		}
		next(ctx)
	})
}
