package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

func archiveGood(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	if in.Action != "archive" {
		return nil, huma.ErrorWithHeaders(huma.Error405MethodNotAllowed("only archive"), http.Header{"Allow": {"POST"}})
	}
	return &ItemOutput{}, nil
}

type AllowOutput struct {
	Status int
	Allow  string `header:"Allow"`
}

func allowField(ctx context.Context, in *ItemInput) (*AllowOutput, error) {
	return &AllowOutput{Status: http.StatusMethodNotAllowed, Allow: "GET"}, nil
}

func RegisterGood(api huma.API) {
	huma.Post(api, "/g1", archiveGood)
	huma.Post(api, "/g2", allowField)
}
