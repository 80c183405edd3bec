package strict

import (
	"context"

	"example.com/store"
	api "example.com/strictapi"
)

type goodServer struct{ db *store.DB }

func (s goodServer) CreateUser(ctx context.Context, req api.CreateUserRequestObject) (api.CreateUserResponseObject, error) {
	if err := req.Body.Validate(); err != nil {
		return api.CreateUser422JSONResponse{Message: err.Error()}, nil
	}
	if err := s.db.Create(ctx, &store.Item{Name: req.Body.Name}); err != nil {
		return api.CreateUser500JSONResponse{Message: "store failed"}, nil
	}
	return api.CreateUser202JSONResponse{Name: req.Body.Name}, nil
}
