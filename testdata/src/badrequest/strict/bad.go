package strict

import (
	"context"
	"errors"

	"example.com/store"
	api "example.com/strictapi"
)

type server struct{ db *store.DB }

func (s server) CreateUser(ctx context.Context, req api.CreateUserRequestObject) (api.CreateUserResponseObject, error) {
	err := s.db.Create(ctx, &store.Item{Name: req.Body.Name})
	if errors.Is(err, store.ErrDuplicate) {
		return api.CreateUser400JSONResponse{Message: "name taken"}, nil // want `400 \(http.StatusBadRequest\) for a conflict \(store.ErrDuplicate\); use 409 \(http.StatusConflict\)`
	}
	if err != nil {
		return nil, err
	}
	return api.CreateUser202JSONResponse{Name: req.Body.Name}, nil
}
