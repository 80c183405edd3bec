package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

func created(ctx context.Context, in *In) (*Out, error) {
	return &Out{}, nil
}

func accepted(ctx context.Context, in *In) (*StatusOut, error) {
	return &StatusOut{Status: http.StatusAccepted}, nil
}

func conflict(ctx context.Context, in *In) (*Out, error) {
	return nil, huma.NewError(http.StatusConflict, "exists")
}

func RegisterGood(api huma.API) {
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/g1", DefaultStatus: http.StatusCreated}, created)
	huma.Get(api, "/g2", accepted)
	huma.Get(api, "/g3", conflict)
}
