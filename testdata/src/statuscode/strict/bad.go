package strict

import (
	"context"

	api "example.com/strictapi"
)

// A business code in the default response's status.
func GetUser(ctx context.Context, req api.GetUserRequestObject) (api.GetUserResponseObject, error) {
	if req.Id == 0 {
		return api.GetUserdefaultJSONResponse{StatusCode: 40401, Body: api.Error{Message: "no such user"}}, nil // want `status 40401 read from a field is not an HTTP status code \(100–599\): a business code\? write its HTTP status`
	}
	return api.GetUser200JSONResponse{Id: req.Id}, nil
}
