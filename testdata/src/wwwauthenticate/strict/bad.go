package strict

import (
	"context"

	api "example.com/strictapi"
)

type server struct{}

func (server) GetUser(ctx context.Context, req api.GetUserRequestObject) (api.GetUserResponseObject, error) {
	if _, ok := ctx.Value(userKey{}).(int64); !ok {
		return api.GetUser401JSONResponse{Message: "sign in first"}, nil // want `401 response without WWW-Authenticate header: GetUser401JSONResponse is generated from the API spec, which declares no WWW-Authenticate header for this response; declare it there \(responses.401.headers\), regenerate, and set it in the returned value`
	}
	return api.GetUser200JSONResponse{Id: req.Id}, nil
}

type userKey struct{}
