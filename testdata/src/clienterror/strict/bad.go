package strict

import (
	"context"

	api "example.com/strictapi"
)

type server struct{}

func (server) CreateUser(ctx context.Context, req api.CreateUserRequestObject) (api.CreateUserResponseObject, error) {
	if err := req.Body.Validate(); err != nil {
		return api.CreateUser500JSONResponse{Message: err.Error()}, nil // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
	}
	return api.CreateUser202JSONResponse{Name: req.Body.Name}, nil
}

// viaDefault writes the spec's default response with the status it carries.
func viaDefault(ctx context.Context, req api.CreateUserRequestObject) (api.CreateUserResponseObject, error) {
	if err := req.Body.Validate(); err != nil {
		return api.CreateUserdefaultJSONResponse{StatusCode: 500, Body: api.Error{Message: err.Error()}}, nil // want `500 \(http.StatusInternalServerError\) for an error caused by client input`
	}
	return api.CreateUser202JSONResponse{Name: req.Body.Name}, nil
}
