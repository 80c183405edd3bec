package huma

import (
	"context"
	"errors"

	"example.com/store"
	"github.com/danielgtaylor/huma/v2"
)

func (h *handler) getGood(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	item, err := h.db.Get(ctx, in.ID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, huma.Error404NotFound("no such item")
	}
	if err != nil {
		return nil, err
	}
	return &ItemOutput{Body: item}, nil
}

// cached falls back to the store when the cache misses: a success.
func (h *handler) cached(ctx context.Context, in *ItemInput) (*ListOutput, error) {
	items, err := h.db.Cached(ctx, "items")
	if err != nil {
		items, err = h.db.List(ctx)
		if err != nil {
			return nil, huma.Error503ServiceUnavailable("try later", err)
		}
		return &ListOutput{Body: items}, nil
	}
	return &ListOutput{Body: items}, nil
}

func (h *handler) RegisterGood(api huma.API) {
	huma.Get(api, "/g1/{id}", h.getGood)
	huma.Get(api, "/g2", h.cached)
}
