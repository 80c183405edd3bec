package strict

import (
	"context"
	"errors"

	"example.com/store"
	api "example.com/strictapi"
)

type goodServer struct{ db *store.DB }

func (s goodServer) CreateUser(ctx context.Context, req api.CreateUserRequestObject) (api.CreateUserResponseObject, error) {
	if req.Body.Name == "" {
		return api.CreateUser400JSONResponse{Message: "name is required"}, nil
	}
	err := s.db.Create(ctx, &store.Item{Name: req.Body.Name})
	if errors.Is(err, store.ErrDuplicate) {
		return api.CreateUser409JSONResponse{Message: "name taken"}, nil
	}
	if err != nil {
		return nil, err
	}
	return api.CreateUser202JSONResponse{Name: req.Body.Name}, nil
}
