package huma

import (
	"context"

	"github.com/danielgtaylor/huma/v2"
)

type DeleteOutput struct{}

// deleteNote declares what it sends.
//
//	@Success	204
//	@Failure	404	{object}	string
//	@Router		/notes/{id} [delete]
func deleteNote(ctx context.Context, in *NoteInput) (*DeleteOutput, error) {
	if in.ID == "0" {
		return nil, huma.Error404NotFound("no such note")
	}
	return &DeleteOutput{}, nil
}
