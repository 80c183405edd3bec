package strict

import (
	"context"

	api "example.com/strictapi"
)

type server struct{}

func (server) GetUser(ctx context.Context, req api.GetUserRequestObject) (api.GetUserResponseObject, error) {
	if req.Id == 0 {
		return api.GetUser405JSONResponse{Message: "list users with GET /users"}, nil // want `405 response without Allow header: GetUser405JSONResponse is generated from the API spec, which declares no Allow header for this response; declare it there \(responses.405.headers\)`
	}
	return api.GetUser200JSONResponse{Id: req.Id}, nil
}
