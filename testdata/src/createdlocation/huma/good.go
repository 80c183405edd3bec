package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type embeddedHeaders struct {
	Location string `header:"Location"`
}

type EmbeddedOutput struct {
	embeddedHeaders
	Body string
}

func located(ctx context.Context, in *CreateInput) (*LocatedOutput, error) {
	return &LocatedOutput{Location: "/items/1"}, nil
}

// built sets the field after the literal.
func built(ctx context.Context, in *CreateInput) (*LocatedOutput, error) {
	out := &LocatedOutput{}
	out.Location = "/items/" + in.Body.Name
	return out, nil
}

func embedded(ctx context.Context, in *CreateInput) (*EmbeddedOutput, error) {
	return &EmbeddedOutput{embeddedHeaders: embeddedHeaders{Location: "/items/1"}}, nil
}

// ok: 200 by default.
func ok(ctx context.Context, in *CreateInput) (*CreateOutput, error) {
	return &CreateOutput{}, nil
}

// statusField: the output's own status wins over the default.
func statusField(ctx context.Context, in *CreateInput) (*StatusOutput, error) {
	return &StatusOutput{Status: http.StatusOK, Body: "exists"}, nil
}

// assignedOK sets a status that needs no Location, or one it cannot know.
func assignedOK(ctx context.Context, in *CreateInput) (*StatusOutput, error) {
	out := &StatusOutput{}
	out.Status = http.StatusOK
	if in.Body.Name == "" {
		out.Status = pick()
	}
	return out, nil
}

func pick() int { return statusFromConfig }

var statusFromConfig int


// twice is registered with two defaults: which one the return sends is
// not known.
func twice(ctx context.Context, in *CreateInput) (*CreateOutput, error) {
	return &CreateOutput{}, nil
}

// tuned changes its default in an operation handler.
func tuned(ctx context.Context, in *CreateInput) (*CreateOutput, error) {
	return &CreateOutput{}, nil
}

func RegisterGood(api huma.API) {
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/g1", DefaultStatus: http.StatusCreated}, located)
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/g2", DefaultStatus: http.StatusCreated}, built)
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/g3", DefaultStatus: http.StatusCreated}, embedded)
	huma.Post(api, "/g4", ok)
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/g5", DefaultStatus: http.StatusCreated}, statusField)
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/g6", DefaultStatus: http.StatusCreated}, twice)
	huma.Register(api, huma.Operation{Method: http.MethodPut, Path: "/g6"}, twice)
	huma.Post(api, "/g7", tuned, func(o *huma.Operation) { o.DefaultStatus = http.StatusCreated })
	huma.Post(api, "/g8", assignedOK)
}
