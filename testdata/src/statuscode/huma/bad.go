package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type In struct{ ID string }

type Out struct{ Body string }

type StatusOut struct {
	Status int
	Body   string
}

func create(ctx context.Context, in *In) (*Out, error) {
	return &Out{}, nil
}

func teapot(ctx context.Context, in *In) (*StatusOut, error) {
	return &StatusOut{Status: 40401}, nil // want `status 40401 is not an HTTP status code`
}

func custom(ctx context.Context, in *In) (*Out, error) {
	return nil, huma.NewError(2010, "made") // want `status 2010 is not an HTTP status code`
}

func Register(api huma.API) {
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/items", DefaultStatus: 2010}, create) // want `status 2010 is not an HTTP status code`
	huma.Get(api, "/teapot", teapot)
	huma.Get(api, "/custom", custom)
}
