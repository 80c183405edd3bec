package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type NoteInput struct {
	ID string `path:"id"`
}

type NoteOutput struct {
	Body string
}

// getNote has swag annotations, which huma does not read; they still
// say what the handler sends.
//
//	@Success	200	{object}	string
//	@Router		/notes/{id} [get]
func getNote(ctx context.Context, in *NoteInput) (*NoteOutput, error) {
	if in.ID == "0" {
		return nil, huma.Error404NotFound("no such note") // want `getNote sends 404, which its annotations do not declare; add @Failure 404`
	}
	return &NoteOutput{Body: in.ID}, nil
}

func routes(api huma.API) {
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/notes/{id}"}, getNote)
	huma.Register(api, huma.Operation{Method: http.MethodDelete, Path: "/notes/{id}", DefaultStatus: http.StatusNoContent}, deleteNote)
}
