package huma

import (
	"context"
	"errors"

	"example.com/store"
	"github.com/danielgtaylor/huma/v2"
)

func (h *handler) createGood(ctx context.Context, in *CreateInput) (*CreateOutput, error) {
	item := &store.Item{Name: in.Body.Name}
	err := h.db.Create(ctx, item)
	switch {
	case errors.Is(err, store.ErrDuplicate):
		return nil, huma.Error409Conflict("name taken")
	case err != nil:
		return nil, huma.Error500InternalServerError("store failed", err)
	}
	return &CreateOutput{Body: *item}, nil
}

// badName: a 400 for a rule huma's schema cannot say.
func (h *handler) badName(ctx context.Context, in *CreateInput) (*CreateOutput, error) {
	if in.Body.Name == "admin" {
		return nil, huma.Error400BadRequest("reserved name")
	}
	return &CreateOutput{}, nil
}

func (h *handler) RegisterGood(api huma.API) {
	huma.Post(api, "/g1", h.createGood)
	huma.Post(api, "/g2", h.badName)
}
