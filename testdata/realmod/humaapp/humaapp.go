// Package humaapp is a huma v2 API with the mistakes statuslint reports.
package humaapp

import (
	"context"
	"errors"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

var errTaken = errors.New("name already taken")

type createInput struct {
	Body struct {
		Name string `json:"name"`
	}
}

type createOutput struct {
	Body struct {
		ID string `json:"id"`
	}
}

type createdOutput struct {
	Location string `header:"Location"`
	Body     struct {
		ID string `json:"id"`
	}
}

type getInput struct {
	ID    string `path:"id"`
	Token string `header:"Authorization"`
}

func create(ctx context.Context, in *createInput) (*createOutput, error) {
	if in.Body.Name == "taken" {
		return nil, huma.Error400BadRequest("taken", errTaken)
	}
	out := &createOutput{}
	out.Body.ID = "1"
	return out, nil
}

func createWithLocation(ctx context.Context, in *createInput) (*createdOutput, error) {
	return &createdOutput{Location: "/items/1"}, nil
}

func get(ctx context.Context, in *getInput) (*createOutput, error) {
	if in.Token == "" {
		return nil, huma.Error401Unauthorized("sign in") // wwwauthenticate
	}
	if in.Token == "expired" {
		return nil, huma.ErrorWithHeaders(huma.Error401Unauthorized("expired"), http.Header{"WWW-Authenticate": {"Bearer"}})
	}
	return &createOutput{}, nil
}

func Register(api huma.API) {
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/items", DefaultStatus: http.StatusCreated}, create)
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/things", DefaultStatus: http.StatusCreated}, createWithLocation)
	huma.Get(api, "/items/{id}", get)
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if ctx.Header("Authorization") == "" {
			huma.WriteErr(api, ctx, http.StatusUnauthorized, "sign in") // wwwauthenticate
			return
		}
		ctx.SetHeader("X-Seen", "1")
		next(ctx)
	})
}
