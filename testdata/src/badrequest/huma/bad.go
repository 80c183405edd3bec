package huma

import (
	"context"
	"errors"
	"net/http"

	"example.com/store"
	"github.com/danielgtaylor/huma/v2"
)

type CreateInput struct {
	Body struct {
		Name string `json:"name"`
	}
}

type CreateOutput struct {
	Body store.Item
}

type handler struct{ db *store.DB }

func (h *handler) create(ctx context.Context, in *CreateInput) (*CreateOutput, error) {
	item := &store.Item{Name: in.Body.Name}
	err := h.db.Create(ctx, item)
	if errors.Is(err, store.ErrDuplicate) {
		return nil, huma.Error400BadRequest("name taken") // want `400 \(http.StatusBadRequest\) for a conflict \(store.ErrDuplicate\); use 409 \(http.StatusConflict\)`
	}
	if err != nil {
		return nil, huma.Error500InternalServerError("store failed", err)
	}
	return &CreateOutput{Body: *item}, nil
}

func (h *handler) createNewError(ctx context.Context, in *CreateInput) (*CreateOutput, error) {
	item := &store.Item{Name: in.Body.Name}
	if err := h.db.Create(ctx, item); errors.Is(err, store.ErrDuplicate) {
		return nil, huma.NewError(http.StatusBadRequest, "name taken") // want `400 \(http.StatusBadRequest\) for a conflict`
	}
	return &CreateOutput{Body: *item}, nil
}

func (h *handler) Register(api huma.API) {
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/items", DefaultStatus: http.StatusCreated}, h.create)
	huma.Post(api, "/items2", h.createNewError)
}
