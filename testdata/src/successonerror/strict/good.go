package strict

import (
	"context"
	"errors"

	"example.com/store"
	api "example.com/strictapi"
)

type goodServer struct{ db *store.DB }

func (s goodServer) GetUser(ctx context.Context, req api.GetUserRequestObject) (api.GetUserResponseObject, error) {
	item, err := s.db.Get(ctx, int(req.Id))
	if errors.Is(err, store.ErrNotFound) {
		return api.GetUser404JSONResponse{Message: "no such user"}, nil
	}
	if err != nil {
		return api.GetUser500JSONResponse{Message: "store failed"}, nil
	}
	return api.GetUser200JSONResponse{Name: item.Name}, nil
}
