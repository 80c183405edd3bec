package huma

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"github.com/danielgtaylor/huma/v2"
)

var ErrNotFound = errors.New("not found")

type ItemInput struct {
	ID string `path:"id"`
}

type ItemOutput struct {
	ETag string `header:"ETag"`
	Body struct {
		Name string `json:"name"`
	}
}

type CreatedOutput struct {
	Location string `header:"Location"`
	Body     struct {
		ID string `json:"id"`
	}
}

type StatusOutput struct {
	Status int
}

type StreamOutput struct {
	Body func(huma.Context)
}

type NoBody struct{}

func find(ctx context.Context, id string) error { return nil }

func getItem(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	if err := find(ctx, in.ID); errors.Is(err, ErrNotFound) {
		return nil, huma.Error404NotFound("no such item")
	} else if err != nil {
		return nil, err
	}
	if in.ID == "secret" {
		return nil, huma.Error401Unauthorized("sign in")
	}
	if in.ID == "expired" {
		return nil, huma.ErrorWithHeaders(huma.Error401Unauthorized("expired"), http.Header{"WWW-Authenticate": {"Bearer"}})
	}
	return &ItemOutput{ETag: "x"}, nil
}

func createItem(ctx context.Context, in *ItemInput) (*CreatedOutput, error) {
	if in.ID == "" {
		return &CreatedOutput{}, nil
	}
	err := huma.NewError(http.StatusConflict, "exists")
	if in.ID == "dup" {
		return nil, err
	}
	return &CreatedOutput{Location: "/items/" + in.ID}, nil
}

func deleteItem(ctx context.Context, in *ItemInput) (*NoBody, error) {
	if _, err := strconv.Atoi(in.ID); err != nil {
		return nil, huma.Error500InternalServerError("bad id", err)
	}
	return nil, nil
}

func status(ctx context.Context, in *ItemInput) (*StatusOutput, error) {
	return &StatusOutput{Status: http.StatusAccepted}, nil
}

func stream(ctx context.Context, in *ItemInput) (*StreamOutput, error) {
	return &StreamOutput{Body: func(ctx huma.Context) { ctx.SetStatus(200) }}, nil
}

// unregistered is a handler registered in another package: its errors
// still say what huma sends.
func Unregistered(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	if in.ID == "" {
		return nil, huma.Error405MethodNotAllowed("no")
	}
	return &ItemOutput{}, nil
}

func Register(api huma.API) {
	huma.Get(api, "/items/{id}", getItem)
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/items", DefaultStatus: http.StatusCreated}, createItem)
	huma.Delete(api, "/items/{id}", deleteItem)
	huma.Get(api, "/status", status)
	huma.Get(api, "/stream", stream)
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if ctx.Header("Authorization") == "" {
			ctx.SetHeader("WWW-Authenticate", "Bearer")
			huma.WriteErr(api, ctx, http.StatusUnauthorized, "sign in")
			return
		}
		next(ctx)
	})
}
