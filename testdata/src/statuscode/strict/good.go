package strict

import (
	"context"
	"net/http"

	api "example.com/strictapi"
)

func getGood(ctx context.Context, req api.GetUserRequestObject) (api.GetUserResponseObject, error) {
	if req.Id == 0 {
		return api.GetUserdefaultJSONResponse{StatusCode: http.StatusNotFound, Body: api.Error{Message: "no such user"}}, nil
	}
	return api.GetUser200JSONResponse{Id: req.Id}, nil
}

// code comes from elsewhere: not known.
func getCode(ctx context.Context, code int) (api.GetUserResponseObject, error) {
	return api.GetUserdefaultJSONResponse{StatusCode: code}, nil
}
