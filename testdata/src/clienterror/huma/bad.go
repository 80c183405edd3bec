package huma

import (
	"net/http"
	"strconv"

	"github.com/danielgtaylor/huma/v2"
)

// Middleware reads the request through huma.Context: what it parses there
// is the client's, and huma has validated none of it.
func Register(api huma.API) {
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if _, err := strconv.Atoi(ctx.Query("page")); err != nil {
			huma.WriteErr(api, ctx, http.StatusInternalServerError, "bad page", err) // want `500 \(http.StatusInternalServerError\) for an error caused by client input \(parsing request input\); use 400 \(http.StatusBadRequest\)`
			return
		}
		next(ctx)
	})
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if _, err := strconv.ParseBool(ctx.Header("X-Dry-Run")); err != nil {
			ctx.SetStatus(http.StatusInternalServerError) // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
			return
		}
		next(ctx)
	})
}
