package huma

import (
	"context"
	"net/http"
	"strconv"

	"github.com/danielgtaylor/huma/v2"
)

type ItemInput struct {
	ID string `path:"id" pattern:"^[0-9]+$"`
}

type ItemOutput struct{ Body string }

// get parses an input field huma has validated against the operation's
// schema: a failure is not the client's.
func get(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	id, err := strconv.Atoi(in.ID)
	if err != nil {
		return nil, huma.Error500InternalServerError("bad id", err)
	}
	if id < 0 {
		return nil, err
	}
	return &ItemOutput{}, nil
}

func RegisterGood(api huma.API) {
	huma.Get(api, "/items/{id}", get)
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if _, err := strconv.Atoi(ctx.Query("page")); err != nil {
			huma.WriteErr(api, ctx, http.StatusBadRequest, "bad page", err)
			return
		}
		next(ctx)
	})
}
