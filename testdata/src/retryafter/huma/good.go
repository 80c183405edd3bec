package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type RetryOut struct {
	Status     int
	RetryAfter int `header:"Retry-After"`
}

func searchGood(ctx context.Context, in *In) (*Out, error) {
	if !limits.Allow(in.Key) {
		return nil, huma.ErrorWithHeaders(huma.Error429TooManyRequests("slow down"), http.Header{"Retry-After": {"30"}})
	}
	return &Out{}, nil
}

func busy(ctx context.Context, in *In) (*RetryOut, error) {
	return &RetryOut{Status: http.StatusServiceUnavailable, RetryAfter: 60}, nil
}

func RegisterGood(api huma.API) {
	huma.Get(api, "/g1", searchGood)
	huma.Get(api, "/g2", busy)
}
