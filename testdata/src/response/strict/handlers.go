// Package strict is an oapi-codegen strict server: its handlers return
// typed responses whose generated Visit methods, in another package, write
// them.
package strict

import (
	"context"
	"errors"

	"example.com/store"
	api "example.com/strictapi"
)

type server struct{ db *store.DB }

func (s server) GetUser(ctx context.Context, req api.GetUserRequestObject) (api.GetUserResponseObject, error) {
	item, err := s.db.Get(ctx, int(req.Id))
	if errors.Is(err, store.ErrNotFound) {
		return api.GetUser404JSONResponse{Message: "no such user"}, nil
	}
	if err != nil {
		return nil, err
	}
	if item.Name == "" {
		return api.GetUser200JSONResponse{}, nil
	}
	return api.GetUser200JSONResponse{Name: item.Name}, nil
}

func (s server) CreateUser(ctx context.Context, req api.CreateUserRequestObject) (api.CreateUserResponseObject, error) {
	if err := req.Body.Validate(); err != nil {
		return api.CreateUser422JSONResponse{Message: err.Error()}, nil
	}
	return api.CreateUser201JSONResponse{Body: api.User{Name: req.Body.Name}, Headers: api.CreateUser201ResponseHeaders{Location: "/users/1"}}, nil
}
