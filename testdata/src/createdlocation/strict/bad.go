package strict

import (
	"context"

	api "example.com/strictapi"
)

type server struct{}

// The spec declares no Location for ImportUsers' 201.
func (server) ImportUsers(ctx context.Context, req api.ImportUsersRequestObject) (api.ImportUsersResponseObject, error) {
	return api.ImportUsers201JSONResponse(*req.Body), nil // want `201 response without Location header: ImportUsers201JSONResponse is generated from the API spec, which declares no Location header for this response; declare it there \(responses.201.headers\)`
}
