package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type In struct {
	Key string `header:"X-API-Key"`
}

type Out struct {
	Body string
}

type limiter struct{}

func (limiter) Allow(key string) bool { return true }

var limits limiter

func search(ctx context.Context, in *In) (*Out, error) {
	if !limits.Allow(in.Key) {
		return nil, huma.Error429TooManyRequests("slow down") // want `429 response without Retry-After header; tell the client when to retry, e.g. huma.ErrorWithHeaders\(err, http.Header\{"Retry-After": \{"30"\}\}\)`
	}
	return &Out{}, nil
}

func maintenance(ctx context.Context, in *In) (*Out, error) {
	return nil, huma.NewError(http.StatusServiceUnavailable, "down for maintenance") // want `503 response without Retry-After header`
}

func Register(api huma.API) {
	huma.Get(api, "/search", search)
	huma.Get(api, "/report", maintenance)
}
