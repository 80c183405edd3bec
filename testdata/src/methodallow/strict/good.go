package strict

import (
	"context"

	api "example.com/strictapi"
)

func (server) CreateUser(ctx context.Context, req api.CreateUserRequestObject) (api.CreateUserResponseObject, error) {
	return api.CreateUser202JSONResponse{Name: req.Body.Name}, nil
}
