package strict

import (
	"context"

	api "example.com/strictapi"
)

// CreateUser's 201 declares Location, and sets it.
func (server) CreateUser(ctx context.Context, req api.CreateUserRequestObject) (api.CreateUserResponseObject, error) {
	return api.CreateUser201JSONResponse{Body: api.User{Name: req.Body.Name}, Headers: api.CreateUser201ResponseHeaders{Location: "/users/1"}}, nil
}
