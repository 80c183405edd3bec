package huma

import (
	"context"
	"errors"

	"example.com/store"
	"github.com/danielgtaylor/huma/v2"
)

type ItemInput struct {
	ID int `path:"id"`
}

type ErrorBody struct {
	Error string `json:"error"`
}

type ItemOutput struct {
	Body *store.Item
}

type ListOutput struct {
	Body any
}

type handler struct{ db *store.DB }

// get answers a lookup miss with an empty 200.
func (h *handler) get(ctx context.Context, in *ItemInput) (*ItemOutput, error) {
	item, err := h.db.Get(ctx, in.ID)
	if errors.Is(err, store.ErrNotFound) {
		return &ItemOutput{}, nil // want `lookup miss answered with status 200 and an empty body; write 404 \(http.StatusNotFound\) instead`
	}
	if err != nil {
		return nil, err
	}
	return &ItemOutput{Body: item}, nil
}

// list sends the error's text with 200.
func (h *handler) list(ctx context.Context, in *ItemInput) (*ListOutput, error) {
	items, err := h.db.List(ctx)
	if err != nil {
		return &ListOutput{Body: ErrorBody{Error: err.Error()}}, nil // want `error response sent with status 200 \(http.StatusOK\); write the error's status instead, e.g. 500 \(http.StatusInternalServerError\)`
	}
	return &ListOutput{Body: items}, nil
}

func (h *handler) Register(api huma.API) {
	huma.Get(api, "/items/{id}", h.get)
	huma.Get(api, "/items", h.list)
}
