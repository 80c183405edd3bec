package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type CreateInput struct {
	Body struct {
		Name string `json:"name"`
	}
}

type CreateOutput struct {
	Body struct {
		ID string `json:"id"`
	}
}

type LocatedOutput struct {
	Location string `header:"Location"`
	Body     struct {
		ID string `json:"id"`
	}
}

type StatusOutput struct {
	Status int
	Body   string
}

func create(ctx context.Context, in *CreateInput) (*CreateOutput, error) {
	return &CreateOutput{}, nil // want `201 response without Location header; point the client at the new resource, e.g. a field tagged .header:"Location". in the output, set to "/items/"\+id`
}

// forgot has a Location field but leaves it empty: huma skips an empty header.
func forgot(ctx context.Context, in *CreateInput) (*LocatedOutput, error) {
	return &LocatedOutput{}, nil // want `201 response without Location header`
}

func withStatus(ctx context.Context, in *CreateInput) (*StatusOutput, error) {
	return &StatusOutput{Status: http.StatusCreated, Body: "made"}, nil // want `201 response without Location header`
}

// assigned sets the status after the literal.
func assigned(ctx context.Context, in *CreateInput) (*StatusOutput, error) {
	out := &StatusOutput{Body: "made"}
	out.Status = http.StatusCreated
	return out, nil // want `201 response without Location header`
}

func nothing(ctx context.Context, in *CreateInput) (*CreateOutput, error) {
	return nil, nil // want `201 response without Location header`
}

func Register(api huma.API) {
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/items", DefaultStatus: http.StatusCreated}, create)
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/things", DefaultStatus: 201}, forgot)
	huma.Post(api, "/status", withStatus)
	huma.Post(api, "/assigned", assigned)
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/nothing", DefaultStatus: http.StatusCreated}, nothing)
}
